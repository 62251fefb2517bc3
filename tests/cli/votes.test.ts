import { describe, expect, it } from 'vitest';
import { ratio } from '../../lib/analytics';
import { fixture, runCli } from './run-cli';

describe('report votes (subprocess)', () => {
  it('--json gives voters, votes cast and the minimal coalition per proposal', async () => {
    const r = await runCli(['votes', fixture('votes.csv'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      proposals: {
        // 600 of 1,000 is a majority alone
        'prop-1': { voters: 3, votesCast: '1000', minCoalition: 1, top1: 0.6 },
        // 50 of 100.5 is not; 100 is
        'prop-2': { voters: 3, votesCast: '100.5', minCoalition: 2, top1: ratio(500n, 1005n) },
        // nothing cast
        'prop-3': { voters: 1, votesCast: '0', minCoalition: 0, top1: 0 },
      },
    });
  });

  it('text output is an aligned table', async () => {
    const r = await runCli(['votes', fixture('votes.csv')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^proposal\s+voters\s+votes cast\s+min coalition \(>50%\)\s+top voter$/);
    expect(lines[2]).toMatch(/^prop-1\s+3\s+1,000\s+1\s+60\.00%$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('bad input: one line naming file, row and problem; exit 2', async () => {
    const r = await runCli(['votes', fixture('bad-votes-duplicate.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toBe(
      'report: tests/fixtures/csv/bad-votes-duplicate.csv row 3: duplicate vote by 0x5555555555555555555555555555555555555556 on proposal p (also on row 2)',
    );
    const cols = await runCli(['votes', fixture('plain-holders.csv')]);
    expect(cols.code).toBe(2);
    expect(cols.stderr.trimEnd()).toBe('report: tests/fixtures/csv/plain-holders.csv row 1: unknown column "balance"; expected proposal,voter,votes');
  });
});
