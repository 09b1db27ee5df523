import { en } from './en';
import { km } from './km';
import { addCatalogue } from './translate';

/** Both languages at once, for the background (a service worker cannot import a module later) and tests. */
addCatalogue('en', en);
addCatalogue('km', km);
