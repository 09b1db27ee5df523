import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SURVEY_DATA_COLLECTION } from './lib/outbox/data-collection';

const PERMISSIONS = ['storage', 'alarms', 'notifications'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Two builds side by side (e.g. two worktrees' test runs) each need their own folder.
  outDir: process.env.DHC_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts use the browser's own promise-based API (Chrome's chrome.* in MV3, Firefox's
    // browser.*) for the little they call: without the polyfill, a third fewer bytes go into
    // every platform page, and none of its set-up runs before the page's settings are read.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (alias && entrypoints.every((entrypoint) => entrypoint.type === 'content-script'))
        delete alias['wxt/browser'];
    },
    // WXT takes the toolbar title from the popup's <title>; the manifest's must be localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_extName__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...PERMISSIONS],
    // Asked for only when the user turns on "tell me when a site I visit supports 2FA" (lib/twofa).
    optional_permissions: ['tabs'],
    ...(browser === 'firefox'
      ? {
          // Firefox sends a per-install id in the Origin header of the survey's POSTs; a session rule
          // removes it, which needs the collector's origin, asked for when the participant sends
          // (lib/outbox/hide-origin.ts). Only HTTPS, and plain HTTP on this computer alone.
          permissions: [...PERMISSIONS, 'declarativeNetRequestWithHostAccess'],
          optional_permissions: ['tabs', 'https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
          browser_specific_settings: {
            gecko: {
              id: 'digital-hygiene-check@hygiene-check.org',
              // data_collection_permissions arrived in desktop Firefox 140 (ESR 140).
              strict_min_version: '140.0',
              // Nothing leaves the device unless the user opts in: the survey's answers (age group,
              // gender: "personally identifying information") are optional, asked for on Send.
              data_collection_permissions: { required: ['none'], optional: [...SURVEY_DATA_COLLECTION] },
            },
            // Firefox for Android understands data_collection_permissions only from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
