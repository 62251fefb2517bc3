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
  // The toolbar icons live in assets/icons (with their SVG source); copy them into every build.
  hooks: {
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
    // The Whale Lens mark (assets/icons/whale-lens.svg, rasterised by assets/icons/render.ts).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' }, default_title: 'Whale Lens' },
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
