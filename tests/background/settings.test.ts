import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, withDefaults } from '../../lib/settings/store';
import { DEFAULT_CHAINS } from '../../lib/settings/defaults';
import { tokenKey } from '../../lib/tokens/tokenRef';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('falls back to keyless public defaults for the major chains', async () => {
    const s = await loadSettings();
    expect(s.chains.map((c) => c.chainId)).toEqual([1, 42161, 10, 8453, 137, 56, 100, 11155111]);
    for (const c of DEFAULT_CHAINS) {
      expect(c.rpcUrl).toMatch(/^https:\/\//);
      expect(c.rpcUrl).not.toMatch(/key|token|apikey/i);
      expect(c.explorerUrl).toMatch(/^https:\/\//);
      if (c.blockscoutUrl) expect(c.blockscoutUrl).toMatch(/^https:\/\/[a-z-]+\.blockscout\.com$/);
    }
    expect(s.goplusEnabled).toBe(false);
    expect(s.thresholds).toMatchObject({ holderNote: 0.05, top10Caution: 0.7, top1Danger: 0.5 });
  });

  it('is versioned (v1) and round-trips', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, dismissedSites: ['example.org'] });
    expect((await loadSettings()).dismissedSites).toEqual(['example.org']);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 1 } });
  });

  it('fills fields an older stored value lacks', async () => {
    const old = { ...DEFAULT_SETTINGS, thresholds: { holderNote: 0.1 }, chains: [] } as never;
    const s = withDefaults(old);
    expect(s.thresholds.holderNote).toBe(0.1);
    expect(s.thresholds.thinLiquidityShare).toBe(0.001);
    expect(s.chains).toEqual(DEFAULT_SETTINGS.chains);
  });

  it('token keys are chain id and lowercase address', () => {
    expect(tokenKey(1, '0xABCdef0000000000000000000000000000000000')).toBe('1:0xabcdef0000000000000000000000000000000000');
  });
});
