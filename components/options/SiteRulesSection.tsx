import { useState } from 'preact/hooks';
import { upsertSiteRule, validateSiteRule } from '../../lib/detect/siteRules';
import type { SiteRule } from '../../lib/settings/types';
import { Truncated } from '../common/Truncated';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';

interface Props extends SectionProps {
  protocols: { id: string; name: string }[];
}

function describe(rule: SiteRule, chains: SectionProps['settings']['chains'], protocols: Props['protocols']): string {
  if (rule.target.kind === 'protocol') {
    const id = rule.target.protocolId;
    return protocols.find((p) => p.id === id)?.name ?? id;
  }
  const chainId = rule.target.chainId;
  return `token ${rule.target.address} on ${chains.find((c) => c.chainId === chainId)?.name ?? `chain ${chainId}`}`;
}

/** "On this site, the page is about this token or protocol": checked by the detector's own validator. */
export function SiteRulesSection({ settings, update, protocols }: Props) {
  const [hostname, setHostname] = useState('');
  const [kind, setKind] = useState<'token' | 'protocol'>('token');
  const [picked, setChainId] = useState<string | null>(null);
  const chainId = picked !== null && settings.chains.some((c) => String(c.chainId) === picked) ? picked : String(settings.chains[0]?.chainId ?? '');
  const [address, setAddress] = useState('');
  const [protocolId, setProtocolId] = useState(protocols[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const { status, run } = useSaveStatus();

  const add = async (e: Event) => {
    e.preventDefault();
    const target = kind === 'token' ? { kind, chainId, address } : { kind, protocolId };
    const result = validateSiteRule({ hostname, target });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (await run('Site rule', () => update({ siteRules: upsertSiteRule(settings.siteRules, result.rule) }))) {
      setHostname('');
      setAddress('');
    }
  };

  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Site rules</h2>
      <p class="wl-muted">Tell Whale Lens what a site is about when it does not recognise it by itself.</p>
      {settings.siteRules.length ? (
        <ul>
          {settings.siteRules.map((r) => (
            <li key={r.hostname}>
              {/* The button's name is its visible word; which rule it removes is its description. */}
              <span id={`rule-${r.hostname}`}>
                <Truncated value={r.hostname} max={40} what="hostname" /> → {describe(r, settings.chains, protocols)}
              </span>{' '}
              <button
                type="button"
                aria-describedby={`rule-${r.hostname}`}
                onClick={() => run('Site rule', () => update({ siteRules: settings.siteRules.filter((x) => x.hostname !== r.hostname) }))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={add} noValidate aria-labelledby="add-rule-title">
        <fieldset>
          <legend id="add-rule-title">Add a site rule</legend>
          <Field id="rule-host" label="Site hostname" value={hostname} onValue={setHostname} placeholder="app.example.org" />
          <div role="radiogroup" aria-label="The site is about" class="wl-row">
            <label>
              <input type="radio" name="rule-kind" checked={kind === 'token'} onChange={() => setKind('token')} /> A token
            </label>
            <label>
              <input type="radio" name="rule-kind" checked={kind === 'protocol'} onChange={() => setKind('protocol')} /> A protocol
            </label>
          </div>
          {kind === 'token' ? (
            <>
              <div class="wl-field">
                <label for="rule-chain">Chain</label>
                <select id="rule-chain" value={chainId} onChange={(e) => setChainId((e.target as HTMLSelectElement).value)}>
                  {settings.chains.map((c) => (
                    <option key={c.chainId} value={String(c.chainId)}>
                      {c.name} ({c.chainId})
                    </option>
                  ))}
                </select>
              </div>
              <Field id="rule-address" label="Token address" value={address} onValue={setAddress} placeholder="0x…" />
            </>
          ) : (
            <div class="wl-field">
              <label for="rule-protocol">Protocol</label>
              <select id="rule-protocol" value={protocolId} onChange={(e) => setProtocolId((e.target as HTMLSelectElement).value)}>
                {protocols.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {error ? (
            <p class="wl-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit">Add site rule</button>
          <StatusLine status={status} />
        </fieldset>
      </form>
    </section>
  );
}
