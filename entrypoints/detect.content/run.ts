import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectRaw, isKnownHost, siteHost } from '../../lib/detect/core';
import type { BackgroundRequest, PageTarget, ReportState } from '../../lib/messaging/background-protocol';
import type { SiteRule } from '../../lib/settings/types';
import { BADGE_CHUNK_PATH, BADGE_KEY, type BadgeHandle, type MountBadge } from '../../components/badge/contract';

interface SiteSettings {
  disabledSites: string[];
  dismissedSites: string[];
  siteRules: SiteRule[];
}

const list = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);

/** The three settings fields detection needs, read raw: WXT's storage wrapper would cost bytes on every page. */
async function siteSettings(): Promise<SiteSettings> {
  try {
    const { settings } = (await browser.storage.local.get('settings')) as { settings?: Partial<SiteSettings> };
    return {
      disabledSites: list(settings?.disabledSites),
      dismissedSites: list(settings?.dismissedSites),
      siteRules: list(settings?.siteRules),
    };
  } catch {
    return { disabledSites: [], dismissedSites: [], siteRules: [] };
  }
}

async function send(msg: BackgroundRequest): Promise<ReportState | null | undefined> {
  try {
    return (await browser.runtime.sendMessage(msg)) as ReportState | null | undefined;
  } catch {
    return undefined; // no background answer yet: the badge shows "unknown", never "safe"
  }
}

/** On navigation only: what this tab now shows. The background keeps the tab's state and toolbar badge. */
const tellBackground = (target: PageTarget | null) => send({ type: 'page.detected', target });

/** The badge asking again while an analysis runs: a read, which changes no tab state. */
const askReport = (target: PageTarget) =>
  send(
    target.kind === 'token'
      ? { type: 'report.get', chainId: target.chainId, address: target.address, waitMs: 0 }
      : { type: 'report.get', protocolId: target.protocolId, waitMs: 0 },
  );

async function loadBadge(): Promise<MountBadge | undefined> {
  const g = globalThis as unknown as Record<string, MountBadge | undefined>;
  if (!g[BADGE_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(BADGE_CHUNK_PATH));
  return g[BADGE_KEY];
}

function sameTarget(a: PageTarget | null, b: PageTarget | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'protocol') return b.kind === 'protocol' && a.protocolId === b.protocolId;
  return b.kind === 'token' && a.chainId === b.chainId && a.address === b.address;
}

export async function runDetection(ctx: ContentScriptContext): Promise<void> {
  const host = siteHost(location.hostname);
  const settings = await siteSettings();
  if (settings.disabledSites.some((h) => siteHost(h) === host)) return;
  const ruled = settings.siteRules.some((r) => typeof r?.hostname === 'string' && siteHost(r.hostname) === host);
  // Nothing on this host can ever match, even after in-page navigation: stop here.
  if (!ruled && !isKnownHost(host)) return;

  const showBadge = !settings.dismissedSites.some((h) => siteHost(h) === host);
  let current: PageTarget | null = null;
  let reported = false;
  let badge: BadgeHandle | undefined;

  // One URL at a time, in order: a fast SPA cannot interleave two answers.
  async function step(url: string): Promise<void> {
    const target = detectRaw(url, settings.siteRules);
    if (sameTarget(target, current) && (reported || !target)) return;
    current = target;
    // An unmatched first page sends nothing; leaving a matched page clears the toolbar badge.
    if (!target && !reported) return;
    reported = true;
    const state = await tellBackground(target);
    if (ctx.isInvalid) return;
    if (!target) {
      badge?.remove();
      badge = undefined;
      return;
    }
    if (!showBadge) return;
    if (badge) return badge.update(target, state);
    const mount = await loadBadge().catch(() => undefined);
    badge = await mount?.(ctx, { host, target, state, ask: askReport }).catch(() => undefined);
  }

  let queue = Promise.resolve();
  const enqueue = (url: string) => {
    queue = queue.then(() => step(url)).catch(() => undefined);
  };
  ctx.addEventListener(window, 'wxt:locationchange', (ev) => enqueue(ev.newUrl.href));
  enqueue(location.href);
}
