import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Whale Lens builds for Chrome (MV3) and Firefox from the same sources.
export default defineConfig({
  // Parallel builds (tests, demo) each get their own output folder.
  outDir: process.env.WHALE_LENS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must run in Node (CLI, tests) without WXT's globals.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Whale Lens',
    description:
      'Shows who controls the DeFi token in front of you: whales, delegates, owner keys and liquidity, with evidence, computed from the chain.',
    permissions: ['storage'],
    // The detect content script imports the badge chunk only on a matched page; a content
    // script's dynamic import() needs the file web-accessible (WXT converts this for MV2).
    // use_dynamic_url: pages cannot probe a fixed chrome-extension:// URL to detect Whale Lens.
    web_accessible_resources: [{ resources: ['detect-badge.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    browser_specific_settings: {
      gecko: {
        id: 'whale-lens@whalelens.dev',
        strict_min_version: '128.0',
        // Firefox's data-collection consent: Whale Lens collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
