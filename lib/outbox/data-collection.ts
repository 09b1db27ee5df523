import type { Manifest } from 'webextension-polyfill';

/**
 * The survey's answers in the categories of Firefox's built-in data consent: what a participant tells
 * about themselves (age group, gender, kind of organisation, experiences, opinions) is "personally
 * identifying information", whose examples name age and demographic information. The manifest lists it
 * as optional; Send asks for it (hide-origin.ts), and the outbox sends nothing while it is not granted.
 * Kept apart from the browser code so that the build's config can read it too.
 */
export const SURVEY_DATA_COLLECTION: readonly Manifest.OptionalDataCollectionPermission[] = [
  'personallyIdentifyingInfo',
];
