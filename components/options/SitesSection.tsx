import { useState } from 'preact/hooks';
import { normaliseHostname } from '../../lib/detect/siteRules';
import type { ChainSettings } from '../../lib/settings/types';
import { parseSiteTokenKey } from '../../lib/settings/sites';
import { parseTokenKey } from '../../lib/tokens/tokenRef';
import { Truncated } from '../common/Truncated';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';

function chainLabel(chains: ChainSettings[], key: string): { chain: string; address: string } {
  const ref = parseTokenKey(key);
  if (!ref) return { chain: 'unknown chain', address: key };
  return { chain: chains.find((c) => c.chainId === ref.chainId)?.name ?? `chain ${ref.chainId}`, address: ref.address };
}

/** Dismissed tokens and sites, and the sites where Whale Lens is off entirely. */
export function SitesSection({ settings, update }: SectionProps) {
  const [host, setHost] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);
  const { status, run } = useSaveStatus();
  const guardOff = settings.guardOffSites ?? [];
  const siteTokens = (settings.siteDismissedTokens ?? []).flatMap((key) => {
    const k = parseSiteTokenKey(key);
    return k ? [{ key, ...k }] : [];
  });

  const disable = async (e: Event) => {
    e.preventDefault();
    const h = normaliseHostname(host);
    if (!h) {
      setHostError('Enter a hostname such as app.example.org.');
      return;
    }
    setHostError(null);
    if (settings.disabledSites.includes(h)) return;
    if (await run('Site list', () => update({ disabledSites: [...settings.disabledSites, h] }))) setHost('');
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites and dismissed warnings</h2>
      <h3 id="disabled-title">Whale Lens is off on these sites</h3>
      {settings.disabledSites.length ? (
        <ul aria-labelledby="disabled-title">
          {settings.disabledSites.map((h) => (
            <li key={h}>
              <Truncated value={h} max={48} what="hostname" />{' '}
              <button
                type="button"
                aria-label={`Turn Whale Lens on for ${h}`}
                onClick={() => run('Site list', () => update({ disabledSites: settings.disabledSites.filter((x) => x !== h) }))}
              >
                Turn Whale Lens on
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None: Whale Lens runs on every site it recognises.</p>
      )}
      <form onSubmit={disable} noValidate class="wl-row">
        <Field id="disable-site" label="Hostname to turn Whale Lens off on" value={host} error={hostError} onValue={setHost} />
        <button type="submit">Turn off on this site</button>
      </form>

      <h3 id="guard-off-title">Sites where warnings before signing are off</h3>
      {guardOff.length ? (
        <ul aria-labelledby="guard-off-title">
          {guardOff.map((h) => (
            <li key={h}>
              <Truncated value={h} max={48} what="hostname" />{' '}
              <button
                type="button"
                aria-label={`Turn warnings on for ${h}`}
                onClick={() => run('Site list', () => update({ guardOffSites: guardOff.filter((x) => x !== h) }))}
              >
                Turn warnings on
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None: Whale Lens checks signing requests on every site.</p>
      )}

      <h3 id="dismissed-sites-title">Sites where the badge is hidden</h3>
      <p class="wl-muted">Only the badge: warnings before signing stay on there.</p>
      {settings.dismissedSites.length ? (
        <ul aria-labelledby="dismissed-sites-title">
          {settings.dismissedSites.map((h) => (
            <li key={h}>
              <Truncated value={h} max={48} what="hostname" />{' '}
              <button
                type="button"
                aria-label={`Show the badge on ${h}`}
                onClick={() => run('Site list', () => update({ dismissedSites: settings.dismissedSites.filter((x) => x !== h) }))}
              >
                Show the badge
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None.</p>
      )}

      <h3 id="site-tokens-title">Tokens not warned about on one site</h3>
      {siteTokens.length ? (
        <ul aria-labelledby="site-tokens-title">
          {siteTokens.map(({ key, site, chainId, address }) => (
            <li key={key}>
              {chainLabel(settings.chains, `${chainId}:${address}`).chain}: <Truncated value={address} what="token address" /> on{' '}
              <Truncated value={site} max={48} what="hostname" />{' '}
              <button
                type="button"
                aria-label={`Warn again about ${address} on ${site}`}
                onClick={() =>
                  run('Token list', () => update({ siteDismissedTokens: (settings.siteDismissedTokens ?? []).filter((x) => x !== key) }))
                }
              >
                Warn again
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None.</p>
      )}

      <h3 id="dismissed-tokens-title">Tokens not warned about on any site</h3>
      {settings.dismissedTokens.length ? (
        <ul aria-labelledby="dismissed-tokens-title">
          {settings.dismissedTokens.map((key) => {
            const { chain, address } = chainLabel(settings.chains, key);
            return (
              <li key={key}>
                {chain}: <Truncated value={address} what="token address" />{' '}
                <button
                  type="button"
                  aria-label={`Warn again about ${address} on ${chain}`}
                  onClick={() => run('Token list', () => update({ dismissedTokens: settings.dismissedTokens.filter((x) => x !== key) }))}
                >
                  Warn again
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="wl-muted">None.</p>
      )}
      <StatusLine status={status} />
    </section>
  );
}
