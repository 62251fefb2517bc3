import { describe, expect, it } from 'vitest';
import { AnalysisQueue } from '../../lib/service/queue';
import type { AnalysisProgress } from '../../lib/messaging/background-protocol';
import { deferred } from './fakes';

describe('progress carries the token once known', () => {
  it('keeps name and symbol on every later event', async () => {
    const seen: AnalysisProgress[] = [];
    const q = new AnalysisQueue(1, (_k, p) => seen.push(p));
    const done = deferred<never>();
    const job = q.start('1:0xabc', async (_signal, onProgress) => {
      onProgress({ phase: 'token', fraction: 1, token: { name: 'Uniswap', symbol: 'UNI', decimals: 18 } });
      onProgress({ phase: 'holders', fraction: 0.5 });
      return done.promise;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(job.progress).toEqual({ phase: 'holders', fraction: 0.5, token: { name: 'Uniswap', symbol: 'UNI', decimals: 18 } });
    expect(seen.at(-1)?.token?.symbol).toBe('UNI');
    q.cancel('1:0xabc');
  });
});
