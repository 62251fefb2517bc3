/**
 * What the person chose for the site of this tab, always visible with its undo:
 * warnings off (and the switch that turns them off, saying what it does), a hidden badge,
 * tokens not warned about on this site only. Data and callbacks in, no messaging inside.
 */
import { useState } from 'preact/hooks';
import { shortAddress } from '../../lib/wording/format';

export interface SiteChoices {
  site: string;
  guardOff: boolean;
  badgeHidden: boolean;
  /** Tokens dismissed on this site only (`chainId`, lowercase `address`), with a label if known. */
  dismissedHere: { chainId: number; address: string; label?: string }[];
}

export interface SiteControlsProps {
  choices: SiteChoices;
  onGuardOff(off: boolean): Promise<void> | void;
  onBadgeHidden(hidden: boolean): Promise<void> | void;
  onUndismissHere(chainId: number, address: string): Promise<void> | void;
}

export function SiteControls({ choices, onGuardOff, onBadgeHidden, onUndismissHere }: SiteControlsProps) {
  const { site } = choices;
  const [justTurnedOff, setJustTurnedOff] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = (fn: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
    }
  };

  return (
    <section class="wl-site" aria-labelledby="wl-site-title">
      <h2 id="wl-site-title">On {site}</h2>
      {choices.guardOff ? (
        <p class="wl-site-off" role="status">
          <strong>Warnings are off on this site</strong>: Whale Lens does not check signing requests here.{' '}
          <button
            type="button"
            class="wl-primary"
            onClick={act(async () => {
              await onGuardOff(false);
              setJustTurnedOff(false);
            })}
          >
            {justTurnedOff ? 'Undo' : 'Turn on'}
          </button>
        </p>
      ) : (
        <p class="wl-site-on">
          Warnings before signing are on.{' '}
          <button
            type="button"
            aria-describedby="wl-site-off-what"
            onClick={act(async () => {
              await onGuardOff(true);
              setJustTurnedOff(true);
            })}
          >
            Turn off warnings on this site
          </button>
          <span id="wl-site-off-what" class="wl-muted wl-site-what">
            Approvals and swaps on {site} would then reach your wallet without a Whale Lens check.
          </span>
        </p>
      )}
      {choices.badgeHidden ? (
        <p class="wl-site-badge">
          The badge is hidden on this site; warnings are not affected.{' '}
          <button type="button" onClick={act(() => onBadgeHidden(false))}>
            Show the badge
          </button>
        </p>
      ) : null}
      {choices.dismissedHere.length ? (
        <ul class="wl-site-tokens" aria-label={`Tokens not warned about on ${site}`}>
          {choices.dismissedHere.map((t) => (
            <li key={`${t.chainId}:${t.address}`}>
              Not warning about {t.label ?? shortAddress(t.address)} on this site.{' '}
              <button type="button" onClick={act(() => onUndismissHere(t.chainId, t.address))}>
                Warn again
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p class="wl-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
