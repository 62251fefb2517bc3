/**
 * One loopback HTTP server (127.0.0.1, free port) answering for several real hostnames; the
 * browser reaches it through `--host-resolver-rules` (see hostRules()). Records every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spaPage, staticPage } from './pages';

export interface SiteRequest {
  host: string;
  path: string;
}

export interface SiteServer {
  port: number;
  requests: SiteRequest[];
  /** `MAP host 127.0.0.1:port` for each host, for launchWithExtension({ hostRules }). */
  hostRules(hosts: string[]): string[];
  close(): Promise<void>;
}

export const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
export const UNISWAP_LINKS = { 'to-token': `/explore/tokens/ethereum/${UNI}`, 'to-positions': '/positions' };
/** dextools.io is a single-page app: its home matches nothing, a pair page does. */
export const PAIR = '0xd3d2E2692501A5c9Ca623199D38826e513033a17';
export const DEXTOOLS_LINKS = { 'to-pair': `/app/en/ether/pair-explorer/${PAIR}`, 'to-home': '/app/en/ether' };

function render(host: string, path: string): { status: number; html: string } {
  switch (host) {
    case 'app.uniswap.org':
      return { status: 200, html: spaPage('Uniswap Interface', UNISWAP_LINKS) };
    case 'dextools.io':
    case 'www.dextools.io':
      return { status: 200, html: spaPage('DEXTools', DEXTOOLS_LINKS) };
    case 'etherscan.io':
      return path.startsWith('/token/') || path.startsWith('/address/')
        ? { status: 200, html: staticPage('Token Tracker | Etherscan', `Token ${path.split('/')[2] ?? ''}`) }
        : { status: 200, html: staticPage('Ethereum Blocks | Etherscan', 'Latest blocks') };
    case 'example.org':
      return { status: 200, html: staticPage('Example Domain', 'This domain is for use in documentation examples.') };
    case 'news.example.com':
      return { status: 200, html: staticPage('Whales spotted off the coast', 'A pod of humpback whales was seen this morning.') };
    default:
      return { status: 404, html: staticPage('Not found', host) };
  }
}

export async function startSiteServer(): Promise<SiteServer> {
  const requests: SiteRequest[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    // Absolute-form too (`GET http://host/path`): Firefox reaches this server as its HTTP proxy.
    const path = (req.url ?? '/').replace(/^https?:\/\/[^/]+/, '') || '/';
    requests.push({ host, path });
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const { status, html } = render(host, path.split('?')[0]);
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    hostRules: (hosts) => hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
