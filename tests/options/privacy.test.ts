/** The privacy statement's endpoint list matches the hosts the source clients really call. */
import { describe, expect, it } from 'vitest';
import { endpointsByPurpose, endpointsOf } from '../../components/options/PrivacyStatement';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { SNAPSHOT_URL } from '../../lib/sources/snapshot/client';
import { ETHPLORER_URL } from '../../lib/sources/ethplorer/client';
import { GOPLUS_URL } from '../../lib/sources/goplus/tokenSecurity';

const host = (url: string) => new URL(url).host;

describe('endpoints named in "What leaves your browser"', () => {
  it('lists every configured RPC and Blockscout host and the keyless services', () => {
    const list = endpointsOf(DEFAULT_SETTINGS);
    for (const c of DEFAULT_SETTINGS.chains) {
      expect(list).toContain(host(c.rpcUrl));
      if (c.blockscoutUrl) expect(list).toContain(host(c.blockscoutUrl));
    }
    expect(list).toContain(host(SNAPSHOT_URL));
    expect(list).not.toContain(host(ETHPLORER_URL));
    expect(list).not.toContain(host(GOPLUS_URL));
  });

  it('adds Ethplorer only with a key, GoPlus only when turned on, and drops a Snapshot hub turned off', () => {
    const list = endpointsOf({ ...DEFAULT_SETTINGS, apiKeys: { ethplorer: 'e' }, goplusEnabled: true, snapshotUrl: '' });
    expect(list).toContain(host(ETHPLORER_URL));
    expect(list).not.toContain(host(SNAPSHOT_URL));
    expect(list).toContain(host(GOPLUS_URL));
  });

  it('groups the hosts by what they are asked: RPC, holder indexers, governance, second opinion', () => {
    const groups = endpointsByPurpose({ ...DEFAULT_SETTINGS, apiKeys: { ethplorer: 'e' }, goplusEnabled: true });
    expect(groups.map((g) => g.purpose)).toEqual(['RPC', 'Holder indexers', 'Governance', 'Second opinion']);
    const of = (p: string) => groups.find((g) => g.purpose === p)!.hosts;
    expect(of('RPC')).toContain(host(DEFAULT_SETTINGS.chains[0].rpcUrl));
    expect(of('Holder indexers')).toContain(host(ETHPLORER_URL));
    expect(of('Governance')).toEqual([host(SNAPSHOT_URL)]);
    expect(of('Second opinion')).toEqual([host(GOPLUS_URL)]);
    expect(endpointsByPurpose(DEFAULT_SETTINGS).map((g) => g.purpose)).toEqual(['RPC', 'Holder indexers', 'Governance']);
  });
});
