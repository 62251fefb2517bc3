/**
 * Snapshot: a loopback hub (GraphQL over POST) serving a space and closed proposals whose
 * votes are real UNI airdrop balances as voting power. Checks the section, vote pagination,
 * coalitions against an independent float computation, and malformed answers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshotSection } from '../../lib/sources/snapshotSection';
import { createSnapshotClient } from '../../lib/sources/snapshot/client';
import { vpToFixed } from '../../lib/sources/snapshot/fixedPoint';
import { getProposalVotes, getSpace } from '../../lib/sources/snapshot/space';
import { MalformedResponseError, SourceQueryError, SourceRateLimitedError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startSnapshotHub, type HubVote } from '../support/loopback/snapshot';
import type { Loopback } from '../support/loopback/server';
import { loadUniHolders, UNI_CSV } from '../support/loopback/uniData';

const uni = loadUniHolders();
const fastHttp = () => new SourceHttp({ policies: { snapshot: [{ capacity: 50, perSecond: 500 }] }, backoff: { baseMs: 10, maxMs: 50 } });
const ADMINS = ['0x1a9c8182c09f50c8318d769245bea52c32be35bc', '0x2b1ad6184a6b0fac06bd225ed37c2abc04415ff4'];

/** Independent check: floats, sorted, first k whose sum is strictly more than half. */
function floatCoalition(vps: number[]): number {
  const sorted = [...vps].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < sorted.length; i++) {
    acc += sorted[i];
    if (acc > total / 2) return i + 1;
  }
  return 0;
}

describe('vpToFixed', () => {
  it('scales float voting power to micro-units exactly from its decimal form', () => {
    expect(vpToFixed(1234.5678901)).toBe(1234567890n);
    expect(vpToFixed(0.000001)).toBe(1n);
    expect(vpToFixed(1.5e-7)).toBe(0n);
    expect(vpToFixed(1e21)).toBe(10n ** 27n);
    expect(vpToFixed(0)).toBe(0n);
    expect(() => vpToFixed(Number.NaN)).toThrow(RangeError);
  });
});

describe.skipIf(!uni)(`Snapshot section from UNI balances as voting power${uni ? '' : ` (skipped: ${UNI_CSV} is absent)`}`, () => {
  let hub: Loopback;
  const votes: Record<string, HubVote[]> = {};
  const toVotes = (from: number, n: number) => uni!.slice(from, from + n).map((h) => ({ voter: h.address, vp: Number(h.balance) / 1e18 }));
  const total = (vs: HubVote[]) => vs.reduce((a, v) => a + v.vp, 0);

  beforeAll(async () => {
    votes.big = toVotes(200, 1500);
    votes.small = toVotes(5000, 300);
    votes.flat = Array.from({ length: 3000 }, (_, i) => ({ voter: `0x${(i + 1).toString(16).padStart(40, '0')}`, vp: 1 }));
    votes.none = [];
    const proposal = (id: string, created: number, quorum = 0) => ({
      id,
      space: 'uniswapgovernance.eth',
      scores: [total(votes[id]) * 0.7, total(votes[id]) * 0.3],
      scores_total: total(votes[id]),
      quorum,
      snapshot: '17000000',
      state: 'closed' as const,
      created,
    });
    hub = await startSnapshotHub({
      spaces: [
        {
          id: 'uniswapgovernance.eth',
          name: 'Uniswap',
          admins: ADMINS,
          members: [],
          strategies: [
            { name: 'erc20-balance-of', params: { address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984', decimals: 18 } },
            { name: 'delegation' },
          ],
          voting: { quorum: 40_000_000, type: 'single-choice' },
        },
      ],
      proposals: [
        proposal('big', 4, 1_000),
        proposal('small', 3, 1e12),
        proposal('flat', 2),
        proposal('none', 1),
        { ...proposal('small', 5), id: 'active', state: 'active' },
      ],
      votes,
    });
  });
  afterAll(() => hub.close());
  beforeEach(() => hub.reset());

  it('builds the section: admins, strategies, quorum, and per-proposal concentration', async () => {
    const section = await snapshotSection({ url: `${hub.url}/graphql`, http: fastHttp(), maxVotes: 2000 }, 'uniswapgovernance.eth');
    expect(section).toMatchObject({
      space: 'uniswapgovernance.eth',
      name: 'Uniswap',
      strategies: ['erc20-balance-of', 'delegation'],
      quorum: 40_000_000,
      votingType: 'single-choice',
    });
    expect(section.admins.map((a) => a.toLowerCase())).toEqual(ADMINS);
    expect(section.proposals.map((p) => p.id)).toEqual(['big', 'small', 'flat', 'none']);
    const [big, small, flat, none] = section.proposals;
    expect(big).toMatchObject({
      voters: 1500,
      complete: true,
      minCoalition: floatCoalition(votes.big.map((v) => v.vp)),
      quorumReached: true,
      snapshotBlock: 17000000,
    });
    expect(big.top1).toBeCloseTo(votes.big[0].vp / total(votes.big), 9);
    expect(big.gini).toBeGreaterThan(0);
    expect(small).toMatchObject({ voters: 300, minCoalition: floatCoalition(votes.small.map((v) => v.vp)), quorumReached: false });
    expect(flat).toMatchObject({ voters: 3000, complete: false, minCoalition: 1501 });
    expect(none).toMatchObject({ voters: 0, minCoalition: 0, top1: 0 });
    // Votes were paged with skip: 1000 per request.
    const bigPages = hub.requests.filter((r) => JSON.parse(r.body).variables?.proposal === 'big').map((r) => JSON.parse(r.body).variables);
    expect(bigPages).toEqual([
      { proposal: 'big', first: 1000, skip: 0 },
      { proposal: 'big', first: 1000, skip: 1000 },
    ]);
  });

  it('with only the top votes fetched, the coalition is exact when the prefix decides and a lower bound otherwise', async () => {
    const section = await snapshotSection({ url: `${hub.url}/graphql`, http: fastHttp(), maxVotes: 1000, proposals: 3 }, 'uniswapgovernance.eth');
    const [big, , flat] = section.proposals;
    expect(big.complete).toBe(false);
    expect(big.minCoalition).toBe(floatCoalition(votes.big.map((v) => v.vp)));
    expect(big.gini).toBeUndefined();
    expect(flat).toMatchObject({ complete: false, minCoalition: 1501 });
  });

  it('turnout when the caller gives the supply', async () => {
    const section = await snapshotSection({ url: `${hub.url}/graphql`, http: fastHttp(), proposals: 1, supplyTokens: 1e9 }, 'uniswapgovernance.eth');
    expect(section.proposals[0].turnout).toBeCloseTo(total(votes.big) / 1e9, 12);
  });

  it('an unknown space is a SourceQueryError naming it', async () => {
    const err = await snapshotSection({ url: `${hub.url}/graphql`, http: fastHttp() }, 'nope.eth').catch((e) => e);
    expect(err).toBeInstanceOf(SourceQueryError);
    expect(err.message).toBe('snapshot: no space "nope.eth"');
  });
});

describe('Snapshot malformed and error answers', () => {
  let hub: Loopback;
  const client = () => createSnapshotClient({ url: `${hub.url}/graphql`, http: fastHttp() });
  beforeAll(async () => {
    hub = await startSnapshotHub({ spaces: [], proposals: [], votes: {} });
  });
  afterAll(() => hub.close());

  const cases: [string, string, RegExp][] = [
    ['an admin that is an ENS name', '{"data":{"space":{"id":"x","admins":["vitalik.eth"],"strategies":[]}}}', /space.admins\[0\] is not an address/],
    ['strategies that are not a list', '{"data":{"space":{"id":"x","admins":[],"strategies":"erc20"}}}', /space.strategies is not a list/],
    ['a negative quorum', '{"data":{"space":{"id":"x","admins":[],"strategies":[],"voting":{"quorum":-1}}}}', /quorum/],
    ['no data', '{}', /data is not an object/],
  ];
  for (const [name, body, reason] of cases) {
    it(`space: ${name} → MalformedResponseError`, async () => {
      hub.inject({ kind: 'raw', body });
      const err = await getSpace(client(), { id: 'x' }).catch((e) => e);
      expect(err).toBeInstanceOf(MalformedResponseError);
      expect(err.reason).toMatch(reason);
    });
  }

  it('votes: vp as a string, a bad voter, or unsorted → MalformedResponseError', async () => {
    const voter = '0x00000000000000000000000000000000000000aa';
    for (const [votesJson, reason] of [
      [`[{"voter":"${voter}","vp":"12"}]`, /vp is not a non-negative number/],
      ['[{"voter":"0xzz","vp":1}]', /voter is not an address/],
      [`[{"voter":"${voter}","vp":1},{"voter":"${voter}","vp":2}]`, /not sorted/],
    ] as const) {
      hub.inject({ kind: 'raw', body: `{"data":{"votes":${votesJson}}}` });
      const err = await getProposalVotes(client(), { proposal: 'p' }).catch((e) => e);
      expect(err).toBeInstanceOf(MalformedResponseError);
      expect(err.reason).toMatch(reason);
    }
  });

  it('GraphQL errors: a query error and a rate limit', async () => {
    hub.inject({ kind: 'raw', body: '{"errors":[{"message":"Cannot query field \\"foo\\""}]}' });
    await expect(getSpace(client(), { id: 'x' })).rejects.toBeInstanceOf(SourceQueryError);
    hub.inject({ kind: 'raw', body: '{"errors":[{"message":"Too Many Requests"}]}' });
    await expect(getSpace(client(), { id: 'x' })).rejects.toBeInstanceOf(SourceRateLimitedError);
  });

  it('sends the optional key in x-api-key', async () => {
    hub.reset();
    await createSnapshotClient({ url: `${hub.url}/graphql`, http: fastHttp(), apiKey: 'snap-key' })
      .query('query { space(id: $id) { id } }', { id: 'x' })
      .catch(() => undefined);
    expect(hub.requests[0].headers['x-api-key']).toBe('snap-key');
  });
});
