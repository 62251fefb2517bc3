import { describe, expect, it } from 'vitest';
import type { ReportState } from '../../lib/messaging/background-protocol';
import { guardView, nextStep, tokenView } from '../../lib/guard/decide';
import { runGuard, type FlowDeps } from '../../lib/guard/flow';
import type { GuardView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';
import { analysing, finding, ready } from './flow-support';

const T1 = '0x1111111111111111111111111111111111111111' as const;
const T2 = '0x2222222222222222222222222222222222222222' as const;
const approve: TouchedToken = { chainId: 1, token: T1, action: 'approve', amount: '1', unlimited: true, spender: T2 };
const buy: TouchedToken = { chainId: 1, token: T2, action: 'buy' };

describe('decide', () => {
  it('info-only findings pass; caution/danger show; failures are "could not verify", never fine', () => {
    const v = (s: ReportState | null) => guardView([tokenView([approve], s)]);
    expect(nextStep(v(ready([finding('info', 'note')])), false)).toBe('pass');
    expect(v(ready([finding('info', 'a'), finding('caution', 'b'), finding('danger', 'c')])).headline).toBe('danger');
    expect(v(ready([finding('caution', 'b')])).tokens[0]!.reasons.map((r) => r.title)).toEqual(['b']);
    expect(nextStep(v(ready([finding('caution', 'b')])), false)).toBe('show');
    expect(v(ready([], 'unknown', false)).headline).toBe('unknown'); // no holders/control data
    expect(v(ready([finding('info', 'x')], 'unknown', true)).headline).toBe('ok'); // a side rule's gap only
    expect(v({ status: 'error', error: 'RPC down', retryable: true })).toMatchObject({ headline: 'unknown', tokens: [{ note: 'RPC down' }] });
    expect(v({ status: 'unsupported-chain', chainId: 999 }).tokens[0]!.note).toMatch(/999/);
    expect(nextStep(v({ status: 'dismissed', reason: 'token' }), false)).toBe('pass');
    expect(nextStep(v(analysing), false)).toBe('wait');
    expect(nextStep(v(analysing), true)).toBe('show');
    expect(nextStep(v(null), true)).toBe('show');
    const partial = {
      ...analysing,
      partial: {
        report: (ready([]) as unknown as { report: never }).report,
        assessment: { verdict: 'danger' as const, summary: '', findings: [finding('danger', 'x')], gaps: [] },
      },
    };
    expect(nextStep(v(partial), false)).toBe('show');
  });
  it('keeps every reason, most severe first (the dialog folds the rest under "+N more")', () => {
    const t = tokenView([approve], ready(['a', 'b', 'c', 'd'].map((x, i) => finding(i === 3 ? 'danger' : 'caution', x))));
    expect(t.reasons.map((r) => r.title)).toEqual(['d', 'a', 'b', 'c']);
  });
});

function harness(answers: Record<string, () => Promise<ReportState>>, opts: Partial<FlowDeps> = {}) {
  const shown: GuardView[] = [];
  const dismissed: string[] = [];
  let choose: ((d: 'forward' | 'reject', dont: boolean) => void) | null = null;
  const deps: FlowDeps = {
    ask: (_c, a) => answers[a]!(),
    show(view, _t, c) {
      shown.push(view);
      choose = c;
      return { update: (v) => shown.push(v), close: () => undefined };
    },
    dismiss: async (_c, a) => dismissed.push(a),
    notVerifiedAfterMs: 60,
    followUpWaitMs: 10,
    ...opts,
  };
  return { deps, shown, dismissed, choose: (d: 'forward' | 'reject', dont = false) => choose!(d, dont) };
}
const later = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('runGuard', () => {
  it('a healthy token passes without a dialog', async () => {
    const h = harness({ [T1]: async () => ready([finding('info', 'ok')]) });
    await expect(runGuard([approve], h.deps)).resolves.toBe('forward');
    expect(h.shown).toEqual([]);
  });
  it('no tokens touched → forward at once', async () => {
    await expect(runGuard([], harness({}).deps)).resolves.toBe('forward');
  });
  it('a risky token shows the dialog; Cancel → reject, with "don\'t warn again" → token.dismiss', async () => {
    const h = harness({ [T1]: async () => ready([finding('danger', 'Top 1 holder owns 90%')]), [T2]: () => later(5, ready([])) });
    const p = runGuard([approve, buy], h.deps);
    await later(20, null);
    expect(h.shown[0]!.headline).toBe('danger');
    await later(20, null);
    h.choose('reject', true);
    await expect(p).resolves.toBe('reject');
    expect(h.dismissed).toEqual([T1]); // T2 checked out fine: not dismissed
  });
  it('slow analysis: "not verified yet" at the deadline, then filled in; Continue → forward', async () => {
    let calls = 0;
    const h = harness({
      [T1]: () => (++calls < 3 ? later(30, analysing) : later(30, ready([finding('caution', 'Owner can mint')]))),
    });
    const p = runGuard([approve], h.deps);
    await later(75, null);
    expect(h.shown[0]!.headline).toBe('pending');
    await later(120, null);
    expect(h.shown.at(-1)!.headline).toBe('caution');
    h.choose('forward');
    await expect(p).resolves.toBe('forward');
  });
  it('a background that never answers still yields a choice at the deadline', async () => {
    const h = harness({ [T1]: () => new Promise(() => undefined) });
    const p = runGuard([approve], h.deps);
    await later(80, null);
    expect(h.shown[0]!.headline).toBe('pending');
    h.choose('reject');
    await expect(p).resolves.toBe('reject');
  });
  it('a background that fails shows "could not verify"', async () => {
    const h = harness({ [T1]: () => Promise.reject(new Error('Extension context invalidated.')) });
    const p = runGuard([approve], h.deps);
    await later(10, null);
    expect(h.shown[0]).toMatchObject({ headline: 'unknown', tokens: [{ note: expect.stringMatching(/could not check/) }] });
    h.choose('forward');
    await expect(p).resolves.toBe('forward');
  });
  it('a dialog that cannot be shown stops the request (4001) instead of hanging or forwarding it unchecked', async () => {
    const h = harness(
      { [T1]: async () => ready([finding('danger', 'x')]) },
      {
        show: () => {
          throw new Error('no DOM');
        },
      },
    );
    await expect(runGuard([approve], h.deps)).resolves.toBe('reject');
  });
});
