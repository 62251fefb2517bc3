/**
 * Who sent a message, and what they may ask. Content scripts speak for a tab; the popup and
 * options page are extension pages (their URL starts with the extension's origin). Anything
 * else — another extension, a page without a tab — is ignored.
 */
import type { BackgroundRequest } from '../messaging/background-protocol';

export type SenderInfo = { kind: 'tab'; tabId: number; hostname?: string } | { kind: 'extension' };

export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. "chrome-extension://abc/" or "moz-extension://uuid/". */
  origin: string;
}

export function classifySender(sender: RawSender | undefined, ext: ExtensionIdentity): SenderInfo | null {
  if (!sender || sender.id !== ext.id) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(ext.origin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId >= 0) {
    return { kind: 'tab', tabId, hostname: hostnameOf(sender.url) };
  }
  return null;
}

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** Content scripts ask about what their page shows; settings, cache and tab queries are for extension pages. */
const FROM_TAB: ReadonlySet<BackgroundRequest['type']> = new Set(['report.get', 'report.cancel', 'page.detected', 'token.dismiss']);
const FROM_EXTENSION: ReadonlySet<BackgroundRequest['type']> = new Set([
  'report.get',
  'report.cancel',
  'tab.state',
  'token.dismiss',
  'cache.stats',
  'cache.clear',
  'rpc.test',
]);

export function isAllowed(type: BackgroundRequest['type'], sender: SenderInfo): boolean {
  return sender.kind === 'tab' ? FROM_TAB.has(type) : FROM_EXTENSION.has(type);
}
