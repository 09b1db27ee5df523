import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The web survey (the page the collector serves at /join/<code>): the extension's survey components
 * over localStorage. Files only, no inline script or style, and the Khmer font as files too, so the
 * collector can serve it under a strict Content-Security-Policy.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./survey', import.meta.url)),
  base: '/web/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // A data: URL would need a looser policy; every asset stays a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
