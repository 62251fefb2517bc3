import type { Settings } from '../../lib/settings/types';
import { safeBaseUrl } from '../common/address';

/** Hosts Whale Lens may contact with these settings, so the statement is exact, not generic. */
export function endpointsOf(settings: Settings): string[] {
  const hosts = new Set<string>();
  const add = (url: string | undefined) => {
    const base = safeBaseUrl(url);
    if (base) hosts.add(new URL(base).host);
  };
  for (const c of settings.chains) {
    add(c.rpcUrl);
    add(c.blockscoutUrl);
  }
  // The analyzer asks Ethplorer (Ethereum only) only when the person gave an Ethplorer key.
  if (settings.apiKeys.ethplorer && settings.chains.some((c) => c.chainId === 1)) hosts.add('api.ethplorer.io');
  // Only space ids of known protocols go there; '' turns Snapshot off.
  add(settings.snapshotUrl ?? 'https://hub.snapshot.org/graphql');
  if (settings.apiKeys.tally) hosts.add('api.tally.xyz');
  if (settings.goplusEnabled) hosts.add('api.gopluslabs.io');
  return [...hosts].sort();
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
      <p>Endpoints with your current settings:</p>
      <ul class="wl-endpoints">
        {endpointsOf(settings).map((h) => (
          <li key={h}>
            <code>{h}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
