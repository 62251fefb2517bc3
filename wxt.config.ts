import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const ICON_SIZES = [16, 32, 48, 128] as const;
const iconFile = (size: number) => fileURLToPath(new URL(`./assets/icons/icon-${size}.png`, import.meta.url));

// Whale Lens builds for Chrome (MV3) and Firefox from the same sources.
export default defineConfig({
  // Parallel builds (tests, demo) each get their own output folder.
  outDir: process.env.WHALE_LENS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must run in Node (CLI, tests) without WXT's globals.
  imports: false,
  // `npm run zip`: store packages in .output/, named from package.json's version. Firefox's also
  // gets the sources zip AMO asks for (tests, hidden files and node_modules left out by WXT).
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    // Reviewers rebuild with `npm ci && npx wxt build -b firefox`: tests and screenshots play no part.
    excludeSources: ['tests/**', 'assets/screenshots/**'],
  },
  hooks: {
    // Firefox's settings stay in Firefox's manifest: Chrome reports them as an unrecognised key.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete (manifest as { browser_specific_settings?: unknown }).browser_specific_settings;
    },
    // The toolbar icons live in assets/icons (with their SVG source); copy them into every build.
    'build:publicAssets': (_wxt, files) => {
      for (const size of ICON_SIZES) files.push({ absoluteSrc: iconFile(size), relativeDest: `icon/${size}.png` });
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Whale Lens',
    description:
      'Shows who controls the DeFi token in front of you: whales, delegates, owner keys and liquidity, with evidence, computed from the chain.',
    permissions: ['storage'],
    // The Whale Lens mark (assets/icons/whale-lens.svg, rasterised by scripts/icons/render.ts).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' }, default_title: 'Whale Lens' },
    // The detect content script imports the badge chunk only on a matched page; a content
    // script's dynamic import() needs the file web-accessible (WXT converts this for MV2).
    // use_dynamic_url: pages cannot probe a fixed chrome-extension:// URL to detect Whale Lens.
    // guard-frame.html: the pre-sign dialog's own extension-origin document, framed over dapps (the
    // page can neither read, search nor script it). Firefox (MV2) takes the plain list WXT makes of
    // this; its moz-extension:// host is already a random per-install id.
    web_accessible_resources: [
      { resources: ['detect-badge.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
      { resources: ['guard-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'whale-lens@whalelens.dev',
        // data_collection_permissions is read from Firefox 140 on; 140 ESR and 153 ESR are what the tests run.
        strict_min_version: '140.0',
        // Firefox's data-collection consent: Whale Lens collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (not tested on Android).
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
