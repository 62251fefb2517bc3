import { useState } from 'preact/hooks';
import { normaliseHostname } from '../../lib/detect/siteRules';
import type { ChainSettings } from '../../lib/settings/types';
import { Truncated } from '../common/Truncated';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';

function chainLabel(chains: ChainSettings[], key: string): { chain: string; address: string } {
  const [id, address = ''] = key.split(':');
  return { chain: chains.find((c) => String(c.chainId) === id)?.name ?? `chain ${id}`, address };
}

/** Dismissed tokens and sites, and the sites where Whale Lens is off entirely. */
export function SitesSection({ settings, update }: SectionProps) {
  const [host, setHost] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);
  const { status, run } = useSaveStatus();

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
                aria-label={`Turn Whale Lens back on for ${h}`}
                onClick={() => run('Site list', () => update({ disabledSites: settings.disabledSites.filter((x) => x !== h) }))}
              >
                Enable
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

      <h3 id="dismissed-sites-title">Sites where warnings are dismissed</h3>
      {settings.dismissedSites.length ? (
        <ul aria-labelledby="dismissed-sites-title">
          {settings.dismissedSites.map((h) => (
            <li key={h}>
              <Truncated value={h} max={48} what="hostname" />{' '}
              <button
                type="button"
                aria-label={`Warn me again on ${h}`}
                onClick={() => run('Site list', () => update({ dismissedSites: settings.dismissedSites.filter((x) => x !== h) }))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="wl-muted">None.</p>
      )}

      <h3 id="dismissed-tokens-title">Tokens you chose not to be warned about</h3>
      {settings.dismissedTokens.length ? (
        <ul aria-labelledby="dismissed-tokens-title">
          {settings.dismissedTokens.map((key) => {
            const { chain, address } = chainLabel(settings.chains, key);
            return (
              <li key={key}>
                {chain}: <Truncated value={address} what="token address" />{' '}
                <button
                  type="button"
                  aria-label={`Warn me again about ${address} on ${chain}`}
                  onClick={() => run('Token list', () => update({ dismissedTokens: settings.dismissedTokens.filter((x) => x !== key) }))}
                >
                  Remove
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
