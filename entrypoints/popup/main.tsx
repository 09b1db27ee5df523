import { mount } from '../../lib/ui/mount';
import { PopupApp } from './App';

mount(PopupApp);
