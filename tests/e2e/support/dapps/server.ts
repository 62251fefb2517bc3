/**
 * Serves the test dapps from loopback: each page loads the test wallet, then one dapp bundle
 * built at test time with esbuild from tests/e2e/support/dapps/pages/*.ts (real viem, ethers, mipd).
 */
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const walletEntry = fileURLToPath(new URL('../test-wallet.ts', import.meta.url));
export const DAPPS = ['viem-dapp', 'ethers-dapp', 'mipd-dapp', 'trap-dapp'] as const;
export type DappName = (typeof DAPPS)[number];

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

/** A loopback hostname for cross-origin frames (tests map it with --host-resolver-rules). */
export const FRAME_HOST = 'dapp-frame.example';
export const FRAME_HOST_RULE = `MAP ${FRAME_HOST} 127.0.0.1`;

export interface DappServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startDappServer(wallet: { rpcUrl: string; account: string }): Promise<DappServer> {
  const scripts = new Map<string, string>();
  scripts.set('/test-wallet.js', await bundle(walletEntry));
  for (const d of DAPPS) scripts.set(`/${d}.js`, await bundle(`${here}pages/${d}.ts`));
  const page = (dapp: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${dapp}</title>` +
    `<script>window.__WALLET=${JSON.stringify(wallet)}</script>` +
    `<script src="/test-wallet.js"></script><script src="/${dapp}.js"></script></head>` +
    `<body><h1>${dapp}</h1></body></html>`;

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const js = scripts.get(path);
    if (js) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(js);
    }
    // /framed/<same|cross>/<dapp>.html: a top page (no wallet of its own) with the dapp in an iframe.
    const framed = /^\/framed\/(same|cross)\/([\w-]+)\.html$/.exec(path);
    if (framed && (DAPPS as readonly string[]).includes(framed[2]!)) {
      const { port } = server.address() as { port: number };
      const origin = framed[1] === 'same' ? `http://127.0.0.1:${port}` : `http://${FRAME_HOST}:${port}`;
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(
        `<!doctype html><html><head><meta charset="utf-8"><title>host of ${framed[2]}</title></head>` +
          `<body><h1>A site embedding a dapp</h1><iframe id="dapp" src="${origin}/${framed[2]}.html" style="width:480px;height:240px"></iframe></body></html>`,
      );
    }
    const name = path.replace(/^\/|\.html$/g, '');
    if ((DAPPS as readonly string[]).includes(name)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(page(name));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, port, close: () => new Promise((r) => server.close(() => r())) };
}
