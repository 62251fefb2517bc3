/**
 * The privacy audit's two vantage points: what Chromium reports the extension requesting (its
 * service worker and its own pages), and what the RPC proxy — an endpoint only the extension
 * knows — received. A finding is one readable line; an empty list means the audit passed.
 */
import type { BrowserContext, Request } from 'playwright-core';
import type { RpcProxy } from './rpc-proxy';

export interface ExtensionRequest {
  url: string;
  from: 'service-worker' | 'extension-page';
  body: string;
}
export interface ExtensionRequestLog {
  requests: ExtensionRequest[];
}

function origin(r: Request, ext: string): ExtensionRequest['from'] | null {
  if (r.serviceWorker()?.url().startsWith(ext)) return 'service-worker';
  try {
    if (r.frame().url().startsWith(ext)) return 'extension-page';
  } catch {
    // a request with no frame (a worker's): not from an extension page
  }
  return null;
}

/** Records every network request the extension makes (its own chrome-extension:// files excepted). */
export function recordExtensionRequests(context: BrowserContext, extensionId: string): ExtensionRequestLog {
  const ext = `chrome-extension://${extensionId}/`;
  const log: ExtensionRequestLog = { requests: [] };
  context.on('request', (r) => {
    if (r.url().startsWith(ext)) return;
    const from = origin(r, ext);
    if (from) log.requests.push({ url: r.url(), from, body: r.postData() ?? '' });
  });
  return log;
}

export function auditRequests(p: { log: ExtensionRequestLog; proxy: RpcProxy; allowedOrigins: string[]; pageMarkers: string[] }): string[] {
  const out: string[] = [];
  const carries = (s: string) => p.pageMarkers.find((m) => s.toLowerCase().includes(m.toLowerCase()));
  for (const r of p.log.requests) {
    let o = '';
    try {
      o = new URL(r.url).origin;
    } catch {
      // not a URL: reported below
    }
    if (!p.allowedOrigins.includes(o)) out.push(`${r.from} contacted an unconfigured endpoint: ${r.url}`);
    const hit = carries(r.url) ?? carries(r.body);
    if (hit) out.push(`${r.from} request to ${r.url} carries "${hit}"`);
  }
  for (const r of p.proxy.requests) {
    const headers = JSON.stringify(r.headers);
    const hit = carries(r.url) ?? carries(r.body) ?? carries(headers);
    if (hit) out.push(`RPC request ${r.method} ${r.url} carries "${hit}"`);
    if (r.method === 'POST' && !/"jsonrpc"/.test(r.body)) out.push(`RPC request is not JSON-RPC: ${r.body.slice(0, 80)}`);
  }
  return out;
}
