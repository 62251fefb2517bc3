/**
 * Runs on every http(s) page. It only reads the URL: on a host no table knows (and no site rule
 * names) it stops right there — no DOM work, no message, no listener. On a match it tells the
 * background `{type:'page.detected', target}` (never the URL) and loads the badge chunk.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runDetection } from './run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The badge chunk brings its own CSS into its shadow root; nothing is injected up front.
  cssInjectionMode: 'manual',
  // WXT's legacy "script started" window.postMessage would reach every page's message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runDetection(ctx);
  },
});
