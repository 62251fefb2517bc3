/**
 * The background service: validated requests in, typed answers out. Browser glue
 * (entrypoints/background) only classifies the sender and forwards here.
 */
import type { Address } from '../report/types';
import type { PageTarget } from '../detect/types';
import type { ReportState } from '../report/state';
import type { BackgroundRequest, BackgroundResponses } from '../messaging/background-protocol';
import { parseBackgroundRequest } from '../messaging/validate';
import { parseTokenKey, tokenKey, type TokenRef } from '../tokens/tokenRef';
import type { Settings } from '../settings/types';
import { oneLine } from '../errors';
import { ReportService } from './reports';
import { TabStates, type SavedTab } from './tabs';
import { isAllowed, type SenderInfo } from './sender';
import { chooseProtocolToken } from '../analysis/protocolToken';
import { testRpc } from '../chain/endpoint/checkRpc';
import { setSiteTokenDismissed } from '../settings/sites';
import { siteHost } from '../settings/siteHost';
import type { ServiceDeps } from './types';

type Answer<T extends BackgroundRequest['type']> = Promise<BackgroundResponses[T]>;

export class BackgroundService {
  readonly reports: ReportService;
  readonly tabs: TabStates;

  constructor(private readonly deps: ServiceDeps) {
    this.reports = new ReportService(deps);
    this.tabs = new TabStates(deps.setBadge);
    this.reports.onReport = (key, report) => void this.refreshTabs(report.chainId, report.token.address, key);
    this.reports.onFailure = (key, err) => {
      const token = parseTokenKey(key);
      if (!token) return;
      const error: ReportState = { status: 'error', error: oneLine(err), retryable: true };
      // A tab showing an older report keeps it, now marked "couldn't refresh".
      this.tabs.updateToken(token.chainId, token.address, (t) => (t.state?.status === 'ready' ? { ...t.state, refreshError: oneLine(err) } : error));
    };
  }

  /**
   * Entry point for runtime messages: returns undefined for anything malformed, unknown or not
   * allowed from this sender (the glue then does not answer at all).
   */
  async receive(raw: unknown, sender: SenderInfo | null): Promise<unknown> {
    if (!sender) return undefined;
    const req = parseBackgroundRequest(raw);
    if (!req || !isAllowed(req.type, sender)) return undefined;
    return this.handle(req, sender);
  }

  async handle(req: BackgroundRequest, sender: SenderInfo): Promise<BackgroundResponses[BackgroundRequest['type']]> {
    const hostname = sender.kind === 'tab' ? sender.hostname : undefined;
    switch (req.type) {
      case 'report.get':
        if ('protocolId' in req) return this.safeState(() => this.protocolReport(req.protocolId, req.waitMs, hostname));
        return this.safeState(() => this.reports.get(req.chainId, req.address, { refresh: req.refresh, waitMs: req.waitMs, hostname }));
      case 'report.cancel':
        return { cancelled: this.reports.cancel(req.chainId, req.address) };
      case 'page.detected':
        return sender.kind === 'tab' ? this.pageDetected(sender.tabId, req.target, hostname) : null;
      case 'tab.state':
        return this.tabState(req.tabId);
      case 'token.dismiss':
        return sender.kind === 'tab'
          ? this.dismissOnSite(sender.tabId, hostname, req.chainId, req.address, req.dismissed)
          : this.dismiss(req.chainId, req.address, req.dismissed);
      case 'cache.stats':
        return this.deps.cache.stats();
      case 'cache.clear':
        await this.deps.cache.clear();
        return { ok: true };
      case 'rpc.test':
        return (this.deps.testRpc ?? testRpc)(req.rpcUrl);
    }
  }

  private async safeState(fn: () => Promise<ReportState>): Promise<ReportState> {
    try {
      return await fn();
    } catch (err) {
      return { status: 'error', error: oneLine(err), retryable: true };
    }
  }

  async pageDetected(tabId: number, target: PageTarget | null, hostname?: string): Answer<'page.detected'> {
    if (!target) {
      // Not a DeFi page: no badge, no network.
      this.tabs.set(tabId, null);
      return null;
    }
    const settings = await this.deps.settings.get();
    if (this.reports.siteDismissed(settings, hostname)) {
      const state: ReportState = { status: 'dismissed', reason: 'site' };
      this.tabs.set(tabId, target, { state });
      return state;
    }
    const resolved = this.tokenFor(target, settings);
    if ('state' in resolved) {
      this.tabs.set(tabId, target, { protocolName: resolved.protocolName, state: resolved.state });
      return resolved.state;
    }
    const { token, governor, protocolName } = resolved;
    this.tabs.set(tabId, target, { token, protocolName, ...(hostname ? { site: siteHost(hostname) } : {}) });
    // Answer at once (cache or progress); the badge follows when the analysis lands.
    const state = await this.safeState(() => this.reports.get(token.chainId, token.address, { waitMs: 0, hostname, governor }));
    this.tabs.update(tabId, state);
    return state;
  }

  /** The token a page is about: its own, or the governance token chosen for a protocol page. */
  private tokenFor(
    target: PageTarget,
    settings: Settings,
  ): { token: TokenRef; governor?: Address; protocolName?: string } | { state: ReportState; protocolName?: string } {
    if (target.kind === 'token') return { token: { chainId: target.chainId, address: target.address } };
    const protocol = this.deps.protocols?.get(target.protocolId);
    const chosen =
      protocol &&
      chooseProtocolToken(
        protocol,
        settings.chains.map((c) => c.chainId),
      );
    const protocolName = protocol?.name;
    if (!chosen) {
      const state: ReportState = protocol
        ? { status: 'error', error: `${protocol.name} has no governance token on a configured chain`, retryable: false }
        : { status: 'error', error: `Unknown protocol "${target.protocolId}"`, retryable: false };
      return { state, protocolName };
    }
    return { token: { chainId: chosen.chainId, address: chosen.address }, governor: chosen.governor, protocolName };
  }

  /**
   * The in-page badge of a protocol page asking again: the same answer page.detected gave, from
   * cache or progress, without touching the tab's state or the toolbar badge.
   */
  async protocolReport(protocolId: string, waitMs: number | undefined, hostname?: string): Promise<ReportState> {
    const settings = await this.deps.settings.get();
    if (this.reports.siteDismissed(settings, hostname)) return { status: 'dismissed', reason: 'site' };
    const resolved = this.tokenFor({ kind: 'protocol', protocolId }, settings);
    if ('state' in resolved) return resolved.state;
    const { token, governor } = resolved;
    return this.reports.get(token.chainId, token.address, { waitMs: waitMs ?? 0, hostname, governor });
  }

  async tabState(tabId: number): Answer<'tab.state'> {
    const t = this.tabs.get(tabId);
    if (!t.token || t.state?.status === 'dismissed') return t;
    // Refresh from cache/progress without waiting: the popup shows progress itself.
    const state = await this.safeState(() => this.reports.get(t.token!.chainId, t.token!.address, { waitMs: 0 }));
    this.tabs.update(tabId, state);
    return { ...t, state };
  }

  async dismiss(chainId: number, address: Address, dismissed: boolean): Answer<'token.dismiss'> {
    const key = tokenKey(chainId, address);
    await this.deps.settings.update((s) => {
      const rest = s.dismissedTokens.filter((k) => k !== key);
      return { ...s, dismissedTokens: dismissed ? [...rest, key] : rest };
    });
    if (dismissed) this.reports.cancel(chainId, address);
    const state = await this.safeState(() => this.reports.get(chainId, address, { waitMs: 0 }));
    this.tabs.updateToken(chainId, address, () => state);
    return { ok: true };
  }

  /**
   * "Don't warn about this token" from a page (the in-page dialog): a page click never makes a
   * lasting change for other sites, so it applies to the sender's site only, and the popup of
   * that tab shows it with an undo. Without a hostname nothing is changed.
   */
  async dismissOnSite(tabId: number, hostname: string | undefined, chainId: number, address: Address, dismissed: boolean): Answer<'token.dismiss'> {
    if (!hostname) return { ok: true };
    await this.deps.settings.update((s) => setSiteTokenDismissed(s, hostname, chainId, address, dismissed));
    this.tabs.setSite(tabId, siteHost(hostname));
    return { ok: true };
  }

  private async refreshTabs(chainId: number, address: Address, key: string): Promise<void> {
    const settings = await this.deps.settings.get();
    const lookup = await this.deps.cache.get(key);
    if (!lookup) return;
    const state = this.reports.readyState(lookup, settings);
    this.tabs.updateToken(chainId, address, (t) => (t.state?.status === 'dismissed' ? undefined : state));
  }

  /**
   * Worker start: restore what open tabs showed (their badges come back from cache), then restart
   * analyses a stopped worker left unfinished (they resume from their checkpoints).
   */
  async start(saved: SavedTab[] = []): Promise<number> {
    this.tabs.restore(saved);
    for (const tabId of this.tabs.tabIds()) {
      if (this.tabs.get(tabId).token) await this.tabState(tabId);
    }
    return this.reports.resumePending();
  }
}
