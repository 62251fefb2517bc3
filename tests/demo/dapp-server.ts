/**
 * Serves the demo dapp on loopback. Each token has its own hostname, <key>.localhost (Chromium
 * resolves *.localhost to loopback), which the extension's site rules map to that token;
 * demo.localhost is the index, a page no rule names. Scripts are bundled once with esbuild.
 */
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { DemoPageConfig, DemoPageToken } from './dapp/config';
import { pageHtml } from './dapp/page';
import type { DemoWorld } from './world';

const appEntry = fileURLToPath(new URL('./dapp/app.ts', import.meta.url));
const walletEntry = fileURLToPath(new URL('../e2e/support/test-wallet.ts', import.meta.url));

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export interface DemoDapp {
  port: number;
  /** The index page (no site rule: an "unmatched" page for the extension). */
  indexUrl: string;
  /** http://<key>.localhost:<port>/ per token key. */
  tokenUrls: Record<string, string>;
  hostnames: string[];
  close(): Promise<void>;
}

export async function startDemoDapp(world: DemoWorld, wallet: { rpcUrl: string; account: string }, port: number): Promise<DemoDapp> {
  const scripts = new Map([
    ['/test-wallet.js', await bundle(walletEntry)],
    ['/app.js', await bundle(appEntry)],
  ]);
  const url = (key: string) => `http://${key}.localhost:${port}/`;
  const tokens: DemoPageToken[] = Object.values(world.tokens).map((t) => ({
    key: t.key,
    symbol: t.symbol,
    address: t.address,
    story: t.story,
    url: url(t.key),
  }));
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const js = scripts.get(path);
    if (js) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (path !== '/') return void res.writeHead(404).end();
    const key = (req.headers.host ?? '').split('.')[0]!;
    const cfg: DemoPageConfig = { tokens, router: world.router, weth: world.weth, pageToken: tokens.some((t) => t.key === key) ? key : null };
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(cfg, wallet));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port,
    indexUrl: url('demo'),
    tokenUrls: Object.fromEntries(tokens.map((t) => [t.key, t.url])),
    hostnames: tokens.map((t) => `${t.key}.localhost`),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
