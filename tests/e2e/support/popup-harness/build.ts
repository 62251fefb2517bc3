/** Builds the popup harness with Vite into tests/.cache and serves it on a loopback port. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import preact from '@preact/preset-vite';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const harnessDir = fileURLToPath(new URL('.', import.meta.url));

export async function buildHarness(): Promise<string> {
  const outDir = join(root, 'tests/.cache', `popup-harness-${process.pid}`);
  await build({
    root: harnessDir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir, emptyOutDir: true, minify: false },
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
