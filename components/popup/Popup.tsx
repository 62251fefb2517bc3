import type { ComponentChildren } from 'preact';
import type { AnalysisProgress, TabState } from '../../lib/messaging/background-protocol';
import type { Address } from '../../lib/report/types';
import type { ChainSettings } from '../../lib/settings/types';
import { Display } from '../common/context';
import { ProgressBar } from './ProgressBar';
import { ReportView } from './ReportView';
import { errorWords } from '../../lib/wording/errors';
import { WhaleMark } from '../common/WhaleMark';
import { safeLabel } from '../../lib/text/hostile';
import { SiteControls, type SiteChoices } from './SiteControls';
import { AnalyseAnother, DismissedNotice, ErrorState, NotDefiPage, UnsupportedChain } from './states/Notices';

export interface PopupProps {
  /** What the background knows about the active tab; null while asking. */
  tab: TabState | null;
  chains: ChainSettings[];
  /** Live progress from the 'progress' Port; newer than tab.state's. */
  progress?: AnalysisProgress | null;
  /** The container could not reach the background. */
  loadError?: string;
  locale?: string;
  now?: number;
  onAnalyse(chainId: number, address: Address): void;
  onRefresh(): void;
  onRetry(): void;
  onDismissToken(dismissed: boolean): Promise<void> | void;
  onOpenOptions?(): void;
  /** The tab's site and what the person chose there; the section shows when given with its callbacks. */
  siteChoices?: SiteChoices;
  onGuardOff?(off: boolean): Promise<void> | void;
  onBadgeHidden?(hidden: boolean): Promise<void> | void;
  onUndismissHere?(chainId: number, address: string): Promise<void> | void;
  /** Requests the pre-sign guard holds for the person: shown before anything else. */
  waiting?: ComponentChildren;
}

export function chainName(chains: ChainSettings[], chainId: number): string {
  return chains.find((c) => c.chainId === chainId)?.name ?? `chain ${chainId}`;
}

function Body(props: PopupProps) {
  const { tab, chains } = props;
  if (props.loadError) return <ErrorState error={props.loadError} retryable onRetry={props.onRetry} />;
  if (!tab)
    return (
      <p class="wl-muted" role="status">
        Asking Whale Lens about this tab…
      </p>
    );
  const protocolName = tab.protocolName;
  const state = tab.state;
  if (!state) {
    if (!tab.token) return <NotDefiPage chains={chains} onAnalyse={props.onAnalyse} protocolName={protocolName} />;
    return (
      <section class="wl-state">
        <h2>Not analysed yet</h2>
        <button type="button" onClick={props.onRefresh}>
          Analyse
        </button>
      </section>
    );
  }
  switch (state.status) {
    case 'unsupported-chain':
      return (
        <>
          <UnsupportedChain chainId={state.chainId} onOpenOptions={props.onOpenOptions} />
          <AnalyseAnother chains={chains} onAnalyse={props.onAnalyse} />
        </>
      );
    case 'dismissed':
      return <DismissedNotice reason={state.reason} onUndismiss={() => props.onDismissToken(false)} />;
    case 'error':
      return (
        <>
          <ErrorState error={state.error} retryable={state.retryable} onRetry={props.onRetry} onOpenOptions={props.onOpenOptions} />
          {errorWords(state.error).action === 'form' ? <AnalyseAnother chains={chains} onAnalyse={props.onAnalyse} /> : null}
        </>
      );
    case 'analysing': {
      const progress = props.progress ?? state.progress;
      // The sections finished so far arrive with progress, before the next poll.
      const partial = state.partial ?? progress?.partial;
      if (!partial) {
        return (
          <section class="wl-state wl-state-analysing" aria-labelledby="wl-analysing-title" aria-busy="true">
            <h2 id="wl-analysing-title">
              <span aria-hidden="true">? </span>Analysing
              {progress?.token
                ? ` ${safeLabel(progress.token.name, 40)} (${safeLabel(progress.token.symbol, 16)})`
                : protocolName
                  ? ` ${protocolName}`
                  : ''}
              …
            </h2>
            <p class="wl-muted">Not verified yet: nothing is known until the analysis ends.</p>
            <ProgressBar progress={progress} />
          </section>
        );
      }
      return (
        <ReportView
          report={partial.report}
          assessment={partial.assessment}
          chainName={chainName(chains, partial.report.chainId)}
          protocolName={protocolName}
          stale={false}
          progress={progress}
          partial
          onRefresh={props.onRefresh}
          onDismissToken={props.onDismissToken}
        />
      );
    }
    case 'ready':
      return (
        <ReportView
          report={state.report}
          assessment={state.assessment}
          chainName={chainName(chains, state.report.chainId)}
          protocolName={protocolName}
          stale={state.stale}
          fetchedAt={state.fetchedAt}
          refreshError={state.refreshError}
          now={props.now}
          progress={props.progress}
          onRefresh={props.onRefresh}
          onDismissToken={props.onDismissToken}
        />
      );
  }
}

function reportChainId(tab: TabState | null): number | undefined {
  const s = tab?.state;
  if (s?.status === 'ready') return s.report.chainId;
  if (s?.status === 'analysing') return s.partial?.report.chainId;
  return tab?.token?.chainId;
}

function reportDecimals(tab: TabState | null): number {
  const s = tab?.state;
  if (s?.status === 'ready') return s.report.token.decimals;
  if (s?.status === 'analysing' && s.partial) return s.partial.report.token.decimals;
  return 18;
}

/** The toolbar popup: one component per state, data and callbacks in, no messaging inside. */
export function Popup(props: PopupProps) {
  const chainId = reportChainId(props.tab);
  const explorerUrl = props.chains.find((c) => c.chainId === chainId)?.explorerUrl;
  return (
    <Display.Provider value={{ locale: props.locale, explorerUrl, decimals: reportDecimals(props.tab), now: props.now ?? Date.now() }}>
      <main class="wl-popup">
        <div class="wl-brand">
          <h1 class="wl-brand-name">
            <WhaleMark size={20} /> Whale Lens
          </h1>
          {props.onOpenOptions ? (
            <button type="button" class="wl-link-button" onClick={props.onOpenOptions}>
              Options
            </button>
          ) : null}
        </div>
        {props.waiting}
        <Body {...props} />
        {props.siteChoices && props.onGuardOff && props.onBadgeHidden && props.onUndismissHere ? (
          <SiteControls
            choices={props.siteChoices}
            onGuardOff={props.onGuardOff}
            onBadgeHidden={props.onBadgeHidden}
            onUndismissHere={props.onUndismissHere}
          />
        ) : null}
      </main>
    </Display.Provider>
  );
}
