/**
 * Settings take their thresholds from the one table: older stored settings without the insight
 * bars still load (with the defaults), and stored bars the rules cannot use fall back.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, withDefaults } from '../../lib/settings/defaults';
import { THRESHOLD_KEYS, THRESHOLD_TABLE } from '../../lib/risk/thresholdTable';

describe('settings thresholds', () => {
  it('defaults are the table’s defaults, one per row', () => {
    expect(Object.keys(DEFAULT_SETTINGS.thresholds).sort()).toEqual([...THRESHOLD_KEYS].sort());
    for (const k of THRESHOLD_KEYS) expect(DEFAULT_THRESHOLDS[k], k).toBe(THRESHOLD_TABLE[k].default);
  });

  it('older stored settings without the insight bars load, keeping what the person set', () => {
    const older = {
      ...DEFAULT_SETTINGS,
      thresholds: {
        holderNote: 0.1,
        top10Caution: 0.6,
        top1Danger: 0.5,
        nakamotoCaution: 2,
        delegatesToQuorumCaution: 3,
        minTimelockDelay: 3600,
        lpTop1Danger: 0.5,
        youngContract: 86_400,
      },
    };
    const s = withDefaults(older);
    expect(s.thresholds).toMatchObject({ holderNote: 0.1, top10Caution: 0.6, nakamotoCaution: 2, minTimelockDelay: 3600 });
    expect(s.thresholds).toMatchObject({
      thinLiquidityShare: 0.001,
      linkedWalletsShare: 0.2,
      top10RiseIn7Days: 0.15,
      top1RiseIn7Days: 0.1,
      holderCountFallIn7Days: 0.2,
      holderCountFallFrom: 20,
      addressesDecidingMostProposals: 3,
      decidedProposalsRead: 3,
    });
  });

  it('a stored bar the rules cannot use falls back to its default', () => {
    const s = withDefaults({ thresholds: { linkedWalletsShare: 7, addressesDecidingMostProposals: Number.NaN, top1Danger: 0.4 } });
    expect([s.thresholds.linkedWalletsShare, s.thresholds.addressesDecidingMostProposals, s.thresholds.top1Danger]).toEqual([0.2, 3, 0.4]);
  });
});
