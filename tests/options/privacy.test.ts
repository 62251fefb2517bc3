/** The privacy statement's endpoint list matches the hosts the source clients really call. */
import { describe, expect, it } from 'vitest';
import { endpointsOf } from '../../components/options/PrivacyStatement';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { SNAPSHOT_URL } from '../../lib/sources/snapshot/client';
import { ETHPLORER_URL } from '../../lib/sources/ethplorer/client';
import { TALLY_URL } from '../../lib/sources/tally/delegates';
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
    expect(list).not.toContain(host(TALLY_URL));
    expect(list).not.toContain(host(GOPLUS_URL));
  });

  it('adds Ethplorer and Tally only with a key, GoPlus only when turned on, and drops a Snapshot hub turned off', () => {
    const list = endpointsOf({ ...DEFAULT_SETTINGS, apiKeys: { tally: 'k', ethplorer: 'e' }, goplusEnabled: true, snapshotUrl: '' });
    expect(list).toContain(host(ETHPLORER_URL));
    expect(list).not.toContain(host(SNAPSHOT_URL));
    expect(list).toContain(host(TALLY_URL));
    expect(list).toContain(host(GOPLUS_URL));
  });
});
