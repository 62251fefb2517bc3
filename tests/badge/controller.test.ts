import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadgeController } from '../../components/badge/controller';
import type { BadgeView } from '../../components/badge/model';
import type { ReportState } from '../../lib/messaging/background-protocol';
import { ready, TOKEN } from './fixtures';

const target = { kind: 'token' as const, chainId: 1, address: TOKEN as `0x${string}` };
const analysing = (fraction: number): ReportState => ({ status: 'analysing', progress: { phase: 'holders', fraction } });

describe('badge controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks again while analysing, until the answer is final', async () => {
    const answers: ReportState[] = [analysing(0.5), ready()];
    const ask = vi.fn(async () => answers.shift());
    const views: BadgeView[] = [];
    const c = createBadgeController({ ask, render: (v) => views.push(v), delays: [100, 200] });
    c.show(target, analysing(0.1));
    expect(views.at(-1)).toMatchObject({ state: 'analysing', fraction: 0.1 });
    await vi.advanceTimersByTimeAsync(100);
    expect(views.at(-1)).toMatchObject({ state: 'analysing', fraction: 0.5 });
    await vi.advanceTimersByTimeAsync(200);
    expect(views.at(-1)).toMatchObject({ state: 'ready', verdict: 'danger' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('follows progress events and refreshes when the analysis is done', async () => {
    const ask = vi.fn(async () => ready());
    const views: BadgeView[] = [];
    const c = createBadgeController({ ask, render: (v) => views.push(v), delays: [60_000] });
    c.show(target, analysing(0));
    c.progress({ phase: 'liquidity', fraction: 0.8 });
    expect(views.at(-1)).toMatchObject({ state: 'analysing', fraction: 0.8, detail: 'Checking liquidity' });
    c.progress({ phase: 'done', fraction: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(views.at(-1)).toMatchObject({ state: 'ready' });
  });

  it('shows unknown when the background does not answer or throws', async () => {
    const ask = vi.fn(async () => {
      throw new Error('Receiving end does not exist');
    });
    const views: BadgeView[] = [];
    const c = createBadgeController({ ask, render: (v) => views.push(v), delays: [10] });
    c.show(target, analysing(0));
    await vi.advanceTimersByTimeAsync(10);
    expect(views.at(-1)).toMatchObject({ state: 'unknown' });
  });

  it('drops answers for a page the person has left', async () => {
    let release: (s: ReportState) => void = () => undefined;
    const ask = vi.fn(() => new Promise<ReportState>((r) => (release = r)));
    const views: BadgeView[] = [];
    const c = createBadgeController({ ask, render: (v) => views.push(v), delays: [10] });
    c.show(target, analysing(0));
    await vi.advanceTimersByTimeAsync(10);
    c.show({ kind: 'protocol', protocolId: 'aave' }, ready({ verdict: 'caution' }, 'AAVE'));
    release(ready());
    await vi.advanceTimersByTimeAsync(0);
    expect(views.at(-1)).toMatchObject({ state: 'ready', verdict: 'caution', title: 'AAVE' });
  });

  it('stops polling after stop()', async () => {
    const ask = vi.fn(async () => analysing(0.5));
    const c = createBadgeController({ ask, render: () => undefined, delays: [10] });
    c.show(target, analysing(0));
    c.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(ask).not.toHaveBeenCalled();
  });
});
