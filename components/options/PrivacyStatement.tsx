import type { Settings } from '../../lib/settings/types';
import { safeBaseUrl } from '../common/address';

export interface EndpointGroup {
  purpose: string;
  /** What that group is asked, in a person's words. */
  what: string;
  hosts: string[];
}

/** Hosts Whale Lens may contact with these settings, by what it asks them, so the statement is exact, not generic. */
export function endpointsByPurpose(settings: Settings): EndpointGroup[] {
  const hostOf = (url: string | undefined) => {
    const base = safeBaseUrl(url);
    return base ? new URL(base).host : null;
  };
  const collect = (urls: (string | undefined | false)[]) =>
    [...new Set(urls.map((u) => (u ? hostOf(u) : null)).filter((h): h is string => !!h))].sort();
  const groups: EndpointGroup[] = [
    { purpose: 'RPC', what: 'reads contracts and events on the chain', hosts: collect(settings.chains.map((c) => c.rpcUrl)) },
    {
      purpose: 'Holder indexers',
      what: 'list the largest holders of a token',
      hosts: collect([
        ...settings.chains.map((c) => c.blockscoutUrl),
        // The analyzer asks Ethplorer (Ethereum only) only when the person gave an Ethplorer key.
        !!settings.apiKeys.ethplorer && settings.chains.some((c) => c.chainId === 1) && 'https://api.ethplorer.io',
      ]),
    },
    {
      purpose: 'Governance',
      what: 'who votes and delegates',
      // Only space ids of known protocols go to Snapshot; '' turns it off.
      hosts: collect([settings.snapshotUrl ?? 'https://hub.snapshot.org/graphql']),
    },
    {
      purpose: 'Second opinion',
      what: 'a security service’s view of the token',
      hosts: collect([settings.goplusEnabled && 'https://api.gopluslabs.io']),
    },
  ];
  return groups.filter((g) => g.hosts.length > 0);
}

/** Every host of endpointsByPurpose, once. */
export function endpointsOf(settings: Settings): string[] {
  return [...new Set(endpointsByPurpose(settings).flatMap((g) => g.hosts))].sort();
}

export function PrivacyStatement({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="privacy-title" class="wl-privacy">
      <h2 id="privacy-title">What leaves your browser</h2>
      <ul>
        <li>Only token and contract addresses and chain IDs, sent to the endpoints listed below.</li>
        <li>Never the address of the page you are on. Pages that are not DeFi pages cause no request at all.</li>
        <li>No telemetry, no analytics, no remote code. Settings, API keys and the cache stay in this browser.</li>
      </ul>
      <p>Endpoints with your current settings, by what they are asked:</p>
      <dl class="wl-endpoints">
        {endpointsByPurpose(settings).map((g) => (
          <div key={g.purpose}>
            <dt>
              {g.purpose} <span class="wl-muted">({g.what})</span>
            </dt>
            {g.hosts.map((h) => (
              <dd key={h}>
                <code>{h}</code>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
