import { describe, expect, it } from 'vitest';
import { mergeContractInfo } from '../../lib/service/enrich';
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

describe('mergeContractInfo', () => {
  it('fills only what the chain did not say, and records the source', () => {
    const r = healthyReport({ control: { ...timelockControl(), creationTimestamp: undefined, verifiedSource: undefined } });
    mergeContractInfo(r, info);
    expect(r.control).toMatchObject({ creator: CREATOR, creationBlock: 15_000_000, creationTimestamp: 456, verifiedSource: false });
    expect(r.sources.at(-1)).toEqual({ section: 'verification', source: 'blockscout', ok: true });
  });
  it('a failed indexer is recorded as failed, the report kept', () => {
    const r = healthyReport();
    mergeContractInfo(r, null, new Error('HTTP 502 Bad Gateway'));
    expect(r.sources.at(-1)).toEqual({ section: 'verification', source: 'blockscout', ok: false, error: 'HTTP 502 Bad Gateway' });
    expect(r.control?.verifiedSource).toBe(true);
  });
});
