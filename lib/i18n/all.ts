import { en } from './en';
import { enPages } from './en-pages';
import { km } from './km';
import { kmPages } from './km-pages';
import { addCatalogue } from './translate';

/**
 * Every string of both languages, for the background (a service worker cannot import a module later),
 * the practice page (its handout prints both side by side) and tests.
 */
export const EN = { ...en, ...enPages };
export const KM = { ...km, ...kmPages };
addCatalogue('en', EN);
addCatalogue('km', KM);
