/**
 * The popup's only messaging: asks the background what the active tab is about, listens to
 * the 'progress' Port, and passes plain data and callbacks to components/popup.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalysisProgress, ProgressEvent, ReportState, TabState } from '../../lib/messaging/background-protocol';
import { askBackground } from '../../lib/messaging/client';
import type { Address } from '../../lib/report/types';
import { loadSettings, settingsItem, withDefaults } from '../../lib/settings/store';
import type { ChainSettings, Settings } from '../../lib/settings/types';
import { badgeHiddenOn, guardOffOn, setBadgeHidden, setGuardOff, setSiteTokenDismissed, siteDismissals } from '../../lib/settings/sites';
import { parseTokenKey } from '../../lib/tokens/tokenRef';
import type { SiteChoices } from '../../components/popup/SiteControls';
import { oneLine } from '../../lib/errors';
import { Popup } from '../../components/popup/Popup';
import { PendingRequests } from '../../components/popup/PendingRequests';
import { usePendingDecisions } from './pending';

/** Long enough for a warm cache, short enough that the popup never looks stuck. */
const WAIT_MS = 1_500;
const POLL_MS = 2_000;

type Token = { chainId: number; address: Address };

const STATUSES = new Set(['ready', 'analysing', 'unsupported-chain', 'dismissed', 'error']);
function checkState(s: unknown): ReportState {
  if (typeof s !== 'object' || s === null || !STATUSES.has((s as { status?: string }).status ?? '')) {
    return { status: 'error', error: 'The background gave an answer Whale Lens does not understand.', retryable: true };
  }
  return s as ReportState;
}

function isProgressEvent(m: unknown): m is ProgressEvent {
  const e = m as ProgressEvent;
  return !!e && e.type === 'analysis.progress' && typeof e.progress?.fraction === 'number' && typeof e.chainId === 'number';
}

function tokenOf(tab: TabState | null): Token | undefined {
  if (tab?.token) return tab.token;
  if (tab?.target?.kind === 'token') return { chainId: tab.target.chainId, address: tab.target.address };
  return undefined;
}

export function PopupContainer() {
  const [tab, setTab] = useState<TabState | null>(null);
  const [chains, setChains] = useState<ChainSettings[]>([]);
  const [progress, setProgress] = useState<AnalysisProgress | null>(null);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [activeTabId, setActiveTabId] = useState<number | undefined>();
  const pending = usePendingDecisions();
  const tabRef = useRef<TabState | null>(null);
  tabRef.current = tab;

  const loadTab = useCallback(async () => {
    setLoadError(undefined);
    try {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      setActiveTabId(active?.id);
      const state = active?.id !== undefined ? await askBackground({ type: 'tab.state', tabId: active.id }) : { target: null };
      setTab(state.state ? { ...state, state: checkState(state.state) } : state);
    } catch (err) {
      setLoadError(oneLine(err));
    }
  }, []);

  const getReport = useCallback(async (token: Token, refresh = false) => {
    try {
      const state = checkState(await askBackground({ type: 'report.get', ...token, refresh, waitMs: WAIT_MS }));
      setTab((prev) => ({ target: prev?.target ?? { kind: 'token', ...token }, protocolName: prev?.protocolName, token, state }));
      if (state.status !== 'analysing') setProgress(null);
    } catch (err) {
      setTab((prev) => ({ ...(prev ?? { target: null }), token, state: { status: 'error', error: oneLine(err), retryable: true } }));
    }
  }, []);

  useEffect(() => {
    loadSettings()
      .then((s) => {
        setChains(s.chains);
        setSettings(s);
      })
      .catch(() => setChains([]));
    // Per-site choices made elsewhere (the badge's ×, the dialog) show up while the popup is open.
    const unwatch = settingsItem.watch((s) => setSettings(withDefaults(s)));
    void loadTab();
    const port = browser.runtime.connect({ name: 'progress' });
    port.onMessage.addListener((msg: unknown) => {
      const token = tokenOf(tabRef.current);
      if (!isProgressEvent(msg) || !token) return;
      if (msg.chainId !== token.chainId || msg.address.toLowerCase() !== token.address.toLowerCase()) return;
      setProgress(msg.progress);
      if (msg.progress.phase === 'done') void getReport(token);
    });
    return () => {
      unwatch();
      port.disconnect();
    };
  }, [loadTab, getReport]);

  // A fallback for a worker that restarted and lost the Port: ask again while analysing.
  const analysing = tab?.state?.status === 'analysing' || (!!progress && progress.phase !== 'done');
  useEffect(() => {
    const token = tokenOf(tab);
    if (!analysing || !token) return;
    const id = setTimeout(() => void getReport(token), POLL_MS);
    return () => clearTimeout(id);
  }, [analysing, tab, getReport]);

  const token = tokenOf(tab);
  const site = tab?.site;
  const siteChoices: SiteChoices | undefined =
    site && settings
      ? {
          site,
          guardOff: guardOffOn({ guardOffSites: settings.guardOffSites, disabledSites: [] }, site),
          badgeHidden: badgeHiddenOn(settings, site),
          dismissedHere: siteDismissals(settings, site).flatMap((k) => parseTokenKey(k) ?? []),
        }
      : undefined;
  const changeSettings = async (fn: (s: Settings) => Settings) => {
    const next = fn(await loadSettings());
    await settingsItem.setValue(next);
    setSettings(next);
  };
  return (
    <Popup
      waiting={<PendingRequests pending={pending.list} activeTabId={activeTabId} onChoose={pending.choose} />}
      locale={navigator.language}
      tab={tab}
      chains={chains}
      progress={progress}
      loadError={loadError}
      onAnalyse={(chainId, address) => {
        setTab({
          target: { kind: 'token', chainId, address },
          token: { chainId, address },
          state: { status: 'analysing', progress: { phase: 'queued', fraction: 0 } },
        });
        void getReport({ chainId, address });
      }}
      onRefresh={() => {
        if (!token) return;
        setProgress({ phase: 'queued', fraction: 0 });
        void getReport(token, true);
      }}
      onRetry={() => (token ? void getReport(token, true) : void loadTab())}
      onDismissToken={async (dismissed) => {
        if (!token) return;
        await askBackground({ type: 'token.dismiss', ...token, dismissed });
        if (!dismissed) void getReport(token);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      siteChoices={siteChoices}
      onGuardOff={(off) => (site ? changeSettings((s) => setGuardOff(s, site, off)) : undefined)}
      onBadgeHidden={(hidden) => (site ? changeSettings((s) => setBadgeHidden(s, site, hidden)) : undefined)}
      onUndismissHere={async (chainId, address) => {
        if (!site) return;
        await changeSettings((s) => setSiteTokenDismissed(s, site, chainId, address, false));
        if (token) void getReport(token);
      }}
    />
  );
}
