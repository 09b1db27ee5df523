import { mount } from '../../lib/ui/mount';
import { WebSurvey } from './App';

mount(WebSurvey);
