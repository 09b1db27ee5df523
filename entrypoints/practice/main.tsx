import { mount } from '../../lib/ui/mount';
import { PracticeApp } from './App';

mount(PracticeApp);
