/** The dapp's HTML shell; config and wallet settings go in as JSON (escaped for a script element). */
import type { DemoPageConfig } from './config';

const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export function pageHtml(cfg: DemoPageConfig, wallet: { rpcUrl: string; account: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Whale Lens demo dapp</title>
<style>
  body { font: 15px system-ui, sans-serif; margin: 2rem auto; max-width: 980px; padding: 0 1rem; color: #1b1f24; }
  table { border-collapse: collapse; width: 100%; } td { border-top: 1px solid #ddd; padding: .5rem; vertical-align: top; }
  tr.current { background: #eef5ff; } .addr { font: 12px ui-monospace, monospace; word-break: break-all; }
  button { margin: 0 .25rem .25rem 0; } #log { font: 12px ui-monospace, monospace; padding-left: 1rem; }
</style>
<script>window.__WALLET=${json(wallet)};window.__DEMO=${json(cfg)}</script>
<script src="/test-wallet.js"></script></head>
<body><h1 id="title"></h1>
<p>A local swap-and-approve page on an Anvil chain. The built-in test wallet signs with Anvil's unlocked account
${wallet.account.replace(/[^0-9a-fA-Fx]/g, '')}; each token has its own page (its hostname is mapped to the token in Whale Lens's settings).</p>
<table><tbody id="tokens"></tbody></table>
<h2>Activity</h2><ol id="log"></ol>
<script src="/app.js"></script></body></html>`;
}
