// Both languages' strings, not only the one shown: the handout prints them side by side, and a
// language chosen here is this tab's own, switched without a wait.
import '../../lib/i18n/all';
import { mount } from '../../lib/ui/mount';
import { PracticeApp } from './App';

mount(PracticeApp);
