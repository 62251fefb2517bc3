import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../lib/service/badge';
import type { ReportState } from '../../lib/messaging/background-protocol';

const ready = (verdict: 'ok' | 'caution' | 'danger' | 'unknown', summary = 'One holder owns 90%'): ReportState =>
  ({ status: 'ready', report: {} as never, assessment: { verdict, summary, findings: [], gaps: [] }, stale: false, fetchedAt: 0 }) as ReportState;

describe('toolbar badge', () => {
  it('tells caution from danger by more than colour, with a tooltip in words', () => {
    expect(badgeFor(ready('caution'))).toMatchObject({ text: '!', title: 'Whale Lens: Caution — One holder owns 90%' });
    expect(badgeFor(ready('danger'))).toMatchObject({ text: '!!', title: 'Whale Lens: Danger — One holder owns 90%' });
    expect(badgeFor(ready('ok', 'No concentration found'))).toMatchObject({ text: '✓', title: 'Whale Lens: No concerns found' });
    expect(badgeFor(ready('unknown'))).toMatchObject({ text: '?' });
  });

  it('says the phase in words while checking, and what to do for an unknown chain', () => {
    expect(badgeFor({ status: 'analysing', progress: { phase: 'holders', fraction: 0.25 } })?.title).toBe(
      'Whale Lens: checking — reading holders, 25% done',
    );
    expect(
      badgeFor({ status: 'analysing', progress: { phase: 'holders', fraction: 0.25, counts: { done: 250_000, total: 1_000_000, unit: 'blocks' } } })
        ?.title,
    ).toBe('Whale Lens: checking — reading holders: 250,000 of 1,000,000 blocks scanned, 25%');
    expect(badgeFor({ status: 'unsupported-chain', chainId: 5 })?.title).toContain('add it in Options');
  });
});
