import { defineConfig } from 'vite';

/**
 * The console's build. Preact's JSX through Vite's own transform (no plugin, no Babel); a manifest
 * so that the first load's JavaScript can be measured and the local server can list the files it
 * may serve; no inline script or style, so that the deployed CSP allows only 'self'.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    manifest: true,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
