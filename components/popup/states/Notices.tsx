import type { Address } from '../../../lib/report/types';
import type { ChainSettings } from '../../../lib/settings/types';
import { AnalyseForm } from './AnalyseForm';
import { ERROR_ACTION_TEXT, errorWords } from '../../../lib/wording/errors';

export function NotDefiPage({
  chains,
  onAnalyse,
  protocolName,
}: {
  chains: ChainSettings[];
  onAnalyse(c: number, a: Address): void;
  protocolName?: string;
}) {
  return (
    <section class="wl-state wl-state-none" aria-labelledby="wl-none-title">
      <h2 id="wl-none-title">{protocolName ? `${protocolName}: no token to analyse` : 'Not a DeFi page'}</h2>
      <p class="wl-muted">
        {protocolName
          ? 'Whale Lens recognised this protocol but has no token address for it.'
          : 'Whale Lens found no token or protocol on this page, and sent nothing anywhere.'}{' '}
        You can analyse any token by its address:
      </p>
      <AnalyseForm chains={chains} onAnalyse={onAnalyse} />
    </section>
  );
}

/** The address form on its own, under a notice that already said what is wrong. */
export function AnalyseAnother({ chains, onAnalyse }: { chains: ChainSettings[]; onAnalyse(c: number, a: Address): void }) {
  return (
    <section class="wl-state" aria-labelledby="wl-another-title">
      <h2 id="wl-another-title">Analyse a token on a configured chain</h2>
      <AnalyseForm chains={chains} onAnalyse={onAnalyse} />
    </section>
  );
}

export function UnsupportedChain({ chainId, onOpenOptions }: { chainId: number; onOpenOptions?(): void }) {
  return (
    <section class="wl-state wl-state-unsupported" aria-labelledby="wl-unsupported-title">
      <h2 id="wl-unsupported-title">
        <span aria-hidden="true">? </span>Unsupported chain
      </h2>
      <p>This page is about chain {chainId}, which has no RPC endpoint configured. Nothing was checked, so nothing is known about this token.</p>
      {onOpenOptions ? (
        <button type="button" onClick={onOpenOptions}>
          Add chain {chainId} in Options
        </button>
      ) : null}
    </section>
  );
}

export function ErrorState({
  error,
  retryable,
  onRetry,
  onOpenOptions,
}: {
  error: string;
  retryable: boolean;
  onRetry(): void;
  onOpenOptions?(): void;
}) {
  const words = errorWords(error);
  return (
    <section class="wl-state wl-state-error" aria-labelledby="wl-error-title">
      <h2 id="wl-error-title">
        <span aria-hidden="true">? </span>Could not analyse this token
      </h2>
      <p role="alert" class="wl-error">
        {words.sentence} {ERROR_ACTION_TEXT[words.action]}
      </p>
      <p class="wl-muted">Nothing is known about this token until an analysis succeeds — this is not a safe verdict.</p>
      <div class="wl-row">
        {retryable ? (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        {words.action === 'chain-settings' && onOpenOptions ? (
          <button type="button" onClick={onOpenOptions}>
            Open chain settings
          </button>
        ) : null}
      </div>
      <p class="wl-muted wl-tech">Details: {error}</p>
    </section>
  );
}

/** A refresh failed: the older report stays, with its age and why the refresh failed. */
export function RefreshFailed({ error, age, onRetry }: { error: string; age?: string; onRetry(): void }) {
  const words = errorWords(error);
  return (
    <p class="wl-refresh-failed" role="alert">
      <strong>Couldn't refresh:</strong> {words.sentence} {age ? `Showing the report from ${age}.` : 'Showing the last report.'}{' '}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

export function DismissedNotice({ reason, onUndismiss }: { reason: 'token' | 'site'; onUndismiss?(): void }) {
  return (
    <section class="wl-state wl-state-dismissed" aria-labelledby="wl-dismissed-title">
      <h2 id="wl-dismissed-title">Warnings are off {reason === 'token' ? 'for this token' : 'on this site'}</h2>
      <p class="wl-muted">You chose not to be warned here. Turn it back on to see the findings.</p>
      {reason === 'token' && onUndismiss ? (
        <button type="button" onClick={onUndismiss}>
          Warn me about this token again
        </button>
      ) : (
        <p class="wl-muted">Sites can be turned back on in Options.</p>
      )}
    </section>
  );
}
