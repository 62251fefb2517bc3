import { describe, expect, it } from 'vitest';
import { verificationSources, withContractInfo } from '../../lib/analysis/contractInfo';
import { healthyReport, timelockControl, CREATOR, addr } from '../fixtures/reports/build';
import type { ContractInfo } from '../../lib/sources/types';

const info: ContractInfo = {
  source: 'blockscout',
  address: addr(1),
  isContract: true,
  name: 'EGT',
  verifiedSource: false,
  creator: addr(2),
  creationTx: null,
  creationBlock: 123,
  creationTimestamp: 456,
};

describe('contract info from an indexer', () => {
  it('fills only what the chain did not say, and records the source', () => {
    const r = healthyReport({ control: { ...timelockControl(), creationTimestamp: undefined, verifiedSource: undefined } });
    const merged = { control: withContractInfo(r.control, info), sources: [...r.sources, ...verificationSources(info)] };
    expect(merged.control).toMatchObject({ creator: CREATOR, creationBlock: 15_000_000, creationTimestamp: 456, verifiedSource: false });
    expect(merged.sources.at(-1)).toEqual({ section: 'verification', source: 'blockscout', ok: true });
    expect(r.control?.creationTimestamp).toBeUndefined(); // the chain's section is not changed in place
  });
  it('a failed indexer is recorded as failed, the report kept', () => {
    const r = healthyReport();
    const merged = {
      control: withContractInfo(r.control, null),
      sources: [...r.sources, ...verificationSources(null, new Error('HTTP 502 Bad Gateway'))],
    };
    expect(merged.sources.at(-1)).toEqual({ section: 'verification', source: 'blockscout', ok: false, error: 'HTTP 502 Bad Gateway' });
    expect(merged.control?.verifiedSource).toBe(true);
  });
});
