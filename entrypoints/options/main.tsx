import { mount } from '../../lib/ui/mount';
import { OptionsApp } from './App';

mount(OptionsApp);
