import { mount } from '../../lib/ui/mount';
import { RemindersApp } from './App';

mount(RemindersApp);
