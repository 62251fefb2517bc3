/**
 * The page-world half of the pre-sign guard. Runs in the page's own JavaScript world at
 * document_start, before any page script, on both builds:
 * - Chrome MV3: a manifest content script with `world: "MAIN"`;
 * - Firefox (MV2, strict_min_version 128): the same key — Firefox 128 added `world: "MAIN"`
 *   for manifest content scripts (bug 1736575), so no <script> injection is needed.
 *   Injecting a <script> from the isolated world was rejected: it runs late (async src, or a
 *   fetch before inline text in MV2), and page CSP can block it.
 * No extension APIs here (the page world has none); it talks to entrypoints/guard.content
 * over the bridge only.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHook } from '../lib/guard/hook/install';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  world: 'MAIN',
  // Dapps and widgets in iframes are guarded too (the dialog shows in the top frame).
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    installHook(window);
  },
});
