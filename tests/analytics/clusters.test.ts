/**
 * Clusters from the Transfer graph: examples for each link kind and hub rule, and properties
 * against an obviously-correct reference (BFS over the same links).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClusters } from '../../lib/analytics/clusters';
import { addr, graphOf, replay, type T } from './transferLogs';

const E = 10n ** 18n;

describe('findClusters', () => {
  it('links holders that sent each other tokens, with the joining transfers as evidence', () => {
    const t: T[] = [
      { from: 0, to: 9, amount: 100n * E, block: 1 }, // mint to the deployer
      { from: 9, to: 1, amount: 100n * E, block: 1 },
      { from: 1, to: 2, amount: 30n * E, block: 2 },
      { from: 2, to: 3, amount: 10n * E, block: 3 },
      { from: 1, to: 4, amount: 5n * E, block: 4 },
    ];
    const r = findClusters(graphOf(t), { balances: replay(t), hubs: new Set() });
    expect(r.clusterCount).toBe(1);
    const [c] = r.clusters;
    expect(c.memberCount).toBe(4);
    expect(c.members.map((m) => m.address)).toEqual([addr(1), addr(2), addr(3), addr(4)]);
    expect(c.share).toBe(1);
    expect(c.links).toHaveLength(3);
    expect(c.links[0]).toMatchObject({ kind: 'transfer', from: addr(1), to: addr(2), block: 2, amount: 30n * E });
    expect(c.links[0].tx).toMatch(/^0x[0-9a-f]{64}$/);
    expect(r.grouped).toMatchObject({ holders: 1, top1: 1, nakamoto: 1 });
  });

  it('a hub (pool) and a spent distributor link nobody', () => {
    const t: T[] = [
      { from: 0, to: 9, amount: 100n * E, block: 1 }, // distributor
      { from: 9, to: 1, amount: 40n * E, block: 2 },
      { from: 9, to: 2, amount: 30n * E, block: 3 },
      { from: 9, to: 50, amount: 30n * E, block: 4 }, // pool
      { from: 50, to: 3, amount: 5n * E, block: 5 },
      { from: 50, to: 4, amount: 5n * E, block: 6 },
    ];
    const r = findClusters(graphOf(t), { balances: replay(t), hubs: new Set([addr(50)]), excluded: new Set([addr(50)]) });
    expect(r.clusterCount).toBe(0);
    expect(r.grouped.holders).toBe(4);
  });

  it('links three or more holders whose first tokens came from one sender in one block', () => {
    const t: T[] = [
      { from: 0, to: 8, amount: 1000n * E, block: 1 },
      { from: 8, to: 9, amount: 1000n * E, block: 1 },
    ];
    for (let i = 1; i <= 5; i++) t.push({ from: 9, to: 100 + i, amount: 10n * E, block: 7 });
    t.push({ from: 9, to: 200, amount: 10n * E, block: 8 }, { from: 9, to: 201, amount: 10n * E, block: 8 });
    for (const x of [...t]) if (x.from === 9) x.amount = 10n * E;
    // The sender spends everything: the only links are the same-sender ones.
    t.push({ from: 9, to: 60, amount: 930n * E, block: 9 });
    const balances = replay(t);
    const r = findClusters(graphOf(t), { balances, hubs: new Set([addr(60)]), excluded: new Set([addr(60)]) });
    expect(r.clusterCount).toBe(1); // the pair in block 8 is below the minimum group
    expect(r.clusters[0].memberCount).toBe(5);
    expect(r.clusters[0].links.every((l) => l.kind === 'same-sender' && l.from === addr(9) && l.block === 7)).toBe(true);
    expect(r.clusters[0].share).toBeCloseTo(50 / 70, 12);
  });

  it('the origin of the supply (the deployer) links nobody, not even with a launch airdrop in one block', () => {
    const t: T[] = [{ from: 0, to: 9, amount: 1000n * E, block: 1 }];
    for (let i = 1; i <= 4; i++) t.push({ from: 9, to: 100 + i, amount: 10n * E, block: 1 + i }); // one per block
    const apart = findClusters(graphOf(t), { balances: replay(t), hubs: new Set() });
    expect(apart.clusterCount).toBe(0);
    for (let i = 1; i <= 3; i++) t.push({ from: 9, to: 200 + i, amount: 10n * E, block: 9 });
    expect(findClusters(graphOf(t), { balances: replay(t), hubs: new Set() }).clusterCount).toBe(0);
    // The same batch from a wallet that got its tokens by transfer is the sybil pattern.
    const relayed: T[] = [{ from: 0, to: 8, amount: 1000n * E, block: 1 }, { from: 8, to: 9, amount: 1000n * E, block: 1 }, ...t.slice(1)];
    const batch = findClusters(graphOf(relayed), { balances: replay(relayed), hubs: new Set() });
    expect(batch.clusters.map((c) => c.memberCount)).toEqual([8]); // 9 kept some: linked to all it sent to
  });

  it('a busy address is a hub even without a label', () => {
    const t: T[] = [
      { from: 0, to: 8, amount: 10_000n, block: 1 },
      { from: 8, to: 9, amount: 10_000n, block: 1 },
    ];
    for (let i = 1; i <= 30; i++) t.push({ from: 9, to: 100 + i, amount: 10n, block: 1 + i });
    const r = findClusters(graphOf(t), { balances: replay(t), hubs: new Set(), busyMin: 30, busyShare: 0 });
    expect(r.clusterCount).toBe(0);
    const linked = findClusters(graphOf(t), { balances: replay(t), hubs: new Set() });
    expect(linked.clusters[0].memberCount).toBe(31);
  });

  const transfers = fc.array(
    fc.record({
      from: fc.integer({ min: 0, max: 12 }),
      to: fc.integer({ min: 1, max: 12 }),
      amount: fc.bigInt({ min: 1n, max: 2n ** 90n }),
      block: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 60 },
  );

  it('groups exactly like a BFS over direct links between holders (property)', () => {
    fc.assert(
      fc.property(transfers, (raw) => {
        // Mint enough first so no balance goes negative.
        const t: T[] = [...Array.from({ length: 12 }, (_, i) => ({ from: 0, to: i + 1, amount: 2n ** 96n, block: 0 })), ...raw].map((x, k) => ({
          ...x,
          block: k,
        }));
        const balances = replay(t);
        const r = findClusters(graphOf(t), { balances, hubs: new Set(), minSameSender: 10_000, maxClusters: 100, originShare: 2 });
        const adj = new Map<string, Set<string>>();
        for (const x of t) {
          const a = addr(x.from);
          const b = addr(x.to);
          if (a === b || !balances.has(a) || !balances.has(b)) continue;
          (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
          (adj.get(b) ?? adj.set(b, new Set()).get(b)!).add(a);
        }
        const seen = new Set<string>();
        const comps: string[][] = [];
        for (const start of adj.keys()) {
          if (seen.has(start)) continue;
          const comp: string[] = [];
          const stack = [start];
          seen.add(start);
          while (stack.length) {
            const v = stack.pop()!;
            comp.push(v);
            for (const w of adj.get(v)!) if (!seen.has(w)) (seen.add(w), stack.push(w));
          }
          if (comp.length >= 2) comps.push(comp.sort());
        }
        const got = r.clusters.map((c) => c.members.map((m) => m.address).sort()).sort();
        expect(got).toEqual(comps.sort());
        for (const c of r.clusters) {
          expect(c.linkCount).toBe(c.memberCount - 1);
          expect(c.balance).toBe(c.members.reduce((s, m) => s + m.balance, 0n));
        }
      }),
      { numRuns: 200 },
    );
  });
});
