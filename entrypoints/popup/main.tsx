import { mountReady } from '../../lib/ui/mount-ready';
import { FIRST_RENDER_ITEMS, PopupApp } from './App';

void mountReady(PopupApp, FIRST_RENDER_ITEMS, 'popup');
