/**
 * Browser glue for the background service: storage, badge, messages, ports, tab lifecycle.
 * The decisions live in lib/service; this file only adapts browser APIs to it.
 */
import { browser, type WxtBrowser } from 'wxt/browser';
import { BackgroundService } from '../../lib/service/service';
import { classifySender, isAllowed } from '../../lib/service/sender';
import { chainAnalyzer } from '../../lib/service/analyzer';
import type { Analyzer } from '../../lib/service/types';
import type { Badge } from '../../lib/service/badge';
import { parseBackgroundRequest } from '../../lib/messaging/validate';
import { openReportCache } from '../../lib/cache/index';
import type { ReportCache } from '../../lib/cache/types';
import { loadSettings, settingsItem } from '../../lib/settings/store';
import { PROTOCOLS, getProtocol } from '../../lib/protocols/index';
import { ProgressPorts } from './progress';
import { savedTabsItem } from './savedTabs';
import { wirePendingDecisions } from './pending';

/** Extension API calls reset MV3's 30 s idle timer; while analyses run, make one every 20 s. */
const KEEPALIVE_MS = 20_000;

export interface WireOptions {
  browser?: WxtBrowser;
  analyze?: Analyzer;
  cache?: ReportCache;
}

export interface Wired {
  ready: Promise<BackgroundService>;
  ports: ProgressPorts;
}

function badgeSetter(b: WxtBrowser) {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = b.action ?? b.browserAction;
  return async (tabId: number, badge: Badge | null) => {
    if (!action) return;
    await action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setTitle({ tabId, title: badge.title });
    } else {
      await action.setTitle({ tabId, title: 'Whale Lens' });
    }
  };
}

export function wireBackground(opts: WireOptions = {}): Wired {
  const b = opts.browser ?? browser;
  const ext = { id: b.runtime.id, origin: b.runtime.getURL('/') };
  const ports = new ProgressPorts(ext);
  // Registered in the first turn too: a request waiting for the person may be what woke the worker.
  const pending = wirePendingDecisions(b, ext, badgeSetter(b));
  let keepalive: ReturnType<typeof setInterval> | undefined;

  const ready = (async () => {
    const cache = opts.cache ?? (await openReportCache({ onDegrade: (reason) => console.warn(`Whale Lens cache: ${reason}; using memory`) }));
    const service = new BackgroundService({
      cache,
      settings: {
        get: loadSettings,
        update: async (fn) => settingsItem.setValue(fn(await loadSettings())),
      },
      analyze: opts.analyze ?? chainAnalyzer(),
      protocols: { get: getProtocol, all: () => PROTOCOLS },
      setBadge: pending.setBadge,
      emitProgress: (ev) => {
        ports.emit(ev);
        syncKeepalive(service);
      },
    });
    service.tabs.onChange = () => void savedTabsItem.setValue(service.tabs.snapshot()).catch(() => undefined);
    const saved = await savedTabsItem.getValue().catch(() => []);
    // Restoring is a bonus: a failure here must not leave the worker unable to answer.
    await service.start(Array.isArray(saved) ? saved : []).catch((err) => console.warn('Whale Lens: resume failed', err));
    syncKeepalive(service);
    return service;
  })();

  function syncKeepalive(service: BackgroundService): void {
    const busy = service.reports.queue.size > 0;
    if (busy && !keepalive) {
      keepalive = setInterval(() => {
        if (service.reports.queue.size === 0) {
          clearInterval(keepalive);
          keepalive = undefined;
          return;
        }
        void b.runtime.getPlatformInfo().catch(() => undefined);
      }, KEEPALIVE_MS);
    }
  }

  b.runtime.onMessage.addListener((msg: unknown, sender: Parameters<typeof classifySender>[0]) => {
    const info = classifySender(sender, ext);
    if (!info) return undefined;
    const req = parseBackgroundRequest(msg);
    // Unknown, malformed or not-for-this-sender: no answer at all.
    if (!req || !isAllowed(req.type, info)) return undefined;
    if (info.kind === 'tab') {
      if (req.type === 'report.get' && 'chainId' in req) ports.noteInterest(info.tabId, req.chainId, req.address);
      if (req.type === 'page.detected' && req.target?.kind === 'token') ports.noteInterest(info.tabId, req.target.chainId, req.target.address);
    }
    return ready.then(async (service) => {
      const answer = await service.handle(req, info);
      if (info.kind === 'tab' && req.type === 'page.detected') {
        const token = service.tabs.get(info.tabId).token;
        if (token) ports.noteInterest(info.tabId, token.chainId, token.address);
      }
      syncKeepalive(service);
      return answer;
    });
  });

  b.runtime.onConnect.addListener((port) => ports.accept(port));

  b.tabs.onRemoved.addListener((tabId) => {
    ports.forgetTab(tabId);
    void ready.then((s) => s.tabs.forget(tabId));
  });
  // A new document in the tab (status 'loading'; without the "tabs" permission there is no URL, and
  // in-page navigations do not load): forget what the old page showed. Its content script reports again.
  b.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    ports.forgetTab(tabId);
    void ready.then((s) => s.tabs.forget(tabId));
  });

  return { ready, ports };
}
