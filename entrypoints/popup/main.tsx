import { checkRun, findings, preferences } from '../../lib/storage/items';
import { mount } from '../../lib/ui/mount';
import { primeStoredItems } from '../../lib/ui/use-stored-item';
import { PopupApp } from './App';

// Everything the first render shows, read in one call: the popup opens on the status, not on nothing.
primeStoredItems([preferences, findings, checkRun]).then(
  (primed) => mount(PopupApp, primed),
  () => mount(PopupApp),
);
