import { mount } from '../../lib/ui/mount';
import { SurveyApp } from './App';

mount(SurveyApp);
