/**
 * Serves the test dapps from loopback: each page loads the test wallet, then one dapp bundle
 * built at test time with esbuild from tests/e2e/support/dapps/pages/*.ts (real viem, ethers, mipd).
 */
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const walletEntry = fileURLToPath(new URL('../test-wallet.ts', import.meta.url));
export const DAPPS = ['viem-dapp', 'ethers-dapp', 'mipd-dapp'] as const;

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

export interface DappServer {
  url: string;
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
    const name = path.replace(/^\/|\.html$/g, '');
    if ((DAPPS as readonly string[]).includes(name)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(page(name));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
