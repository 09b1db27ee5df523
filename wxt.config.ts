import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Two builds side by side (e.g. two worktrees' test runs) each need their own folder.
  outDir: process.env.DHC_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
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
    permissions: ['storage', 'alarms', 'notifications'],
    // Asked for only when the user turns on "tell me when a site I visit supports 2FA" (lib/twofa).
    optional_permissions: ['tabs'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'digital-hygiene-check@hygiene-check.org',
              // data_collection_permissions arrived in desktop Firefox 140 (ESR 140).
              strict_min_version: '140.0',
              // Nothing leaves the device unless the user opts in; the opt-in survey will list its
              // data types under `optional` when it ships.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions only from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
