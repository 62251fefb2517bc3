/**
 * Wallets that act as one: holders grouped by the token's own Transfer graph.
 *
 * Two kinds of link, both between current holders that are not hubs:
 * - a direct transfer between two holders;
 * - two holders whose FIRST tokens came from the same (non-hub) sender in the same block range
 *   (the airdrop-to-sybils and team-split pattern; groups smaller than `minSameSender` ignored).
 * Hubs never link anyone: the caller's set (DEX pools, routers, exchanges, bridges, lockers, burn,
 * the token itself), the zero address (mints), and "busy" addresses that take part in more than
 * max(busyMin, busyShare × logs) transfers (an unlabelled pool or exchange would join everyone).
 * A holder that sent everything on is not a holder: a spent distributor links nobody. The origin
 * of the supply (an address minted ≥ `originShare` of everything minted, usually the deployer) is
 * a hub too: every holding descends from it, and a launch airdrop from the deployer in one
 * transaction is the ordinary way to start a token. A sender that got its tokens by transfer
 * and fans them out in one block is the pattern this looks for.
 *
 * Linear: one pass over the logs plus union–find (near-constant per link); only links that join
 * two groups are kept as evidence (at most one per holder). A link is evidence of transfers, not
 * of common ownership.
 */
import { summarize } from './summarize';
import { ratio } from './ratio';
import { UnionFind } from './unionFind';
import type { TransferGraph } from './transferGraph';

export interface ClusterOptions {
  /** Holders at the end: lowercase address → balance (> 0). */
  balances: ReadonlyMap<string, bigint>;
  /** Lowercase addresses that never link anyone. */
  hubs: ReadonlySet<string>;
  /** Lowercase addresses left out of circulating supply (burn, pools, exchanges…): not counted in shares. */
  excluded?: ReadonlySet<string>;
  /** First receipts from one sender at most this many blocks apart form one group (default 0: the same block). */
  sameSenderWindow?: number;
  /** Smallest same-sender group that links (default 3). */
  minSameSender?: number;
  /** Share of all minted tokens that makes a mint recipient the supply's origin (default 0.1). */
  originShare?: number;
  busyMin?: number;
  busyShare?: number;
  maxClusters?: number;
  maxMembers?: number;
  maxLinks?: number;
}

export interface ClusterLinkData {
  kind: 'transfer' | 'same-sender';
  /** For 'same-sender': the common sender. */
  from: string;
  to: string;
  tx: string;
  block: number;
  amount: bigint;
}

export interface ClusterData {
  /** Largest balance first, at most maxMembers. */
  members: { address: string; balance: bigint }[];
  memberCount: number;
  balance: bigint;
  /** Of circulating supply. */
  share: number;
  links: ClusterLinkData[];
  linkCount: number;
}

export interface ClustersResult {
  clusters: ClusterData[];
  /** Clusters of two or more holders. */
  clusterCount: number;
  clusteredHolders: number;
  hubs: number;
  circulatingTotal: bigint;
  /** Circulating concentration with every cluster counted as one holder. */
  grouped: { holders: number; top1: number; top10: number; nakamoto: number };
}

const ZERO = '0x0000000000000000000000000000000000000000';

export function findClusters(graph: TransferGraph, o: ClusterOptions): ClustersResult {
  const n = graph.addressCount;
  const L = graph.length;
  const { from, to, block } = graph;
  const balance = new Array<bigint | undefined>(n);
  for (const [address, b] of o.balances) {
    const i = graph.indexOf(address);
    if (i !== undefined && b > 0n) balance[i] = b;
  }
  const hub = new Uint8Array(n);
  const mark = (a: string) => {
    const i = graph.indexOf(a);
    if (i !== undefined) hub[i] = 1;
  };
  for (const a of o.hubs) mark(a);
  mark(ZERO);
  const touches = new Int32Array(n);
  const minted = new Float64Array(n);
  const zero = graph.indexOf(ZERO) ?? -1;
  let mintedTotal = 0;
  for (let i = 0; i < L; i++) {
    touches[from[i]!]!++;
    touches[to[i]!]!++;
    if (from[i] === zero) {
      const v = graph.hi[i]! * 2 ** 48 + graph.lo[i]!;
      minted[to[i]!]! += v;
      mintedTotal += v;
    }
  }
  const originShare = o.originShare ?? 0.1;
  if (mintedTotal > 0) for (let i = 0; i < n; i++) if (minted[i]! >= originShare * mintedTotal) hub[i] = 1;
  const busy = Math.max(o.busyMin ?? 1000, (o.busyShare ?? 0.02) * L);
  let hubs = 0;
  for (let i = 0; i < n; i++) {
    if (touches[i]! > busy) hub[i] = 1;
    hubs += hub[i]!;
  }
  const linkable = (i: number) => hub[i] === 0 && balance[i] !== undefined;

  const uf = new UnionFind(n);
  const joins: { log: number; kind: 'transfer' | 'same-sender'; sender: number }[] = [];
  const firstIn = new Int32Array(n).fill(-1);
  for (let i = 0; i < L; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (firstIn[b]! < 0) firstIn[b] = i;
    if (a !== b && linkable(a) && linkable(b) && uf.union(a, b)) joins.push({ log: i, kind: 'transfer', sender: a });
  }

  // Same-sender groups, in block order: a sender's first receipts chain while ≤ window blocks apart.
  const window = o.sameSenderWindow ?? 0;
  const minGroup = o.minSameSender ?? 3;
  const groupOf = new Int32Array(L).fill(-1);
  const groupSize: number[] = [];
  const lastBlock = new Map<number, { block: number; group: number }>();
  for (let i = 0; i < L; i++) {
    const b = to[i]!;
    const s = from[i]!;
    if (firstIn[b] !== i || !linkable(b) || hub[s] === 1 || s === b) continue;
    const last = lastBlock.get(s);
    let g: number;
    if (last && block[i]! - last.block <= window) g = last.group;
    else {
      g = groupSize.length;
      groupSize.push(0);
    }
    groupSize[g]!++;
    groupOf[i] = g;
    lastBlock.set(s, { block: block[i]!, group: g });
  }
  const anchor = new Int32Array(groupSize.length).fill(-1);
  for (let i = 0; i < L; i++) {
    const g = groupOf[i]!;
    if (g < 0 || groupSize[g]! < minGroup) continue;
    if (anchor[g]! < 0) anchor[g] = to[i]!;
    else if (uf.union(anchor[g]!, to[i]!)) joins.push({ log: i, kind: 'same-sender', sender: from[i]! });
  }

  // Aggregate over circulating holders: clusters of ≥ 2, everyone else alone.
  const excluded = new Uint8Array(n);
  if (o.excluded)
    for (const a of o.excluded) {
      const i = graph.indexOf(a);
      if (i !== undefined) excluded[i] = 1;
    }
  const size = new Map<number, number>();
  const sum = new Map<number, bigint>();
  for (let i = 0; i < n; i++) {
    if (!linkable(i) || excluded[i]) continue;
    const r = uf.find(i);
    size.set(r, (size.get(r) ?? 0) + 1);
    sum.set(r, (sum.get(r) ?? 0n) + balance[i]!);
  }
  const values: bigint[] = [];
  let circulatingTotal = 0n;
  for (let i = 0; i < n; i++) {
    const b = balance[i];
    if (b === undefined || excluded[i]) continue;
    circulatingTotal += b;
    if (!linkable(i)) values.push(b);
    else if ((size.get(uf.find(i)) ?? 1) < 2) values.push(b);
  }
  let clusteredHolders = 0;
  const roots: number[] = [];
  for (const [r, s] of size) {
    if (s < 2) continue;
    values.push(sum.get(r)!);
    clusteredHolders += s;
    roots.push(r);
  }
  roots.sort((x, y) => (sum.get(y)! > sum.get(x)! ? 1 : sum.get(y)! < sum.get(x)! ? -1 : 0));
  const summary = summarize(values, { lorenzPoints: 2 });

  const shown = roots.slice(0, o.maxClusters ?? 10);
  const slot = new Map(shown.map((r, k) => [r, k]));
  const members: { address: string; balance: bigint }[][] = shown.map(() => []);
  for (let i = 0; i < n; i++) {
    if (!linkable(i) || excluded[i]) continue;
    const k = slot.get(uf.find(i));
    if (k !== undefined) members[k]!.push({ address: graph.addressAt(i), balance: balance[i]! });
  }
  const links: ClusterLinkData[][] = shown.map(() => []);
  const linkCount = shown.map(() => 0);
  const maxLinks = o.maxLinks ?? 50;
  for (const j of joins) {
    const k = slot.get(uf.find(to[j.log]!));
    if (k === undefined) continue;
    linkCount[k]!++;
    if (links[k]!.length >= maxLinks) continue;
    links[k]!.push({
      kind: j.kind,
      from: graph.addressAt(j.sender),
      to: graph.addressAt(to[j.log]!),
      tx: graph.txHash(j.log),
      block: block[j.log]!,
      amount: graph.amount(j.log),
    });
  }
  const clusters = shown.map((r, k): ClusterData => {
    const m = members[k]!.sort((x, y) => (y.balance > x.balance ? 1 : y.balance < x.balance ? -1 : 0));
    const bal = sum.get(r)!;
    return {
      members: m.slice(0, o.maxMembers ?? 50),
      memberCount: size.get(r)!,
      balance: bal,
      share: circulatingTotal > 0n ? ratio(bal, circulatingTotal) : 0,
      links: links[k]!,
      linkCount: linkCount[k]!,
    };
  });
  return {
    clusters,
    clusterCount: roots.length,
    clusteredHolders,
    hubs,
    circulatingTotal,
    grouped: { holders: summary.holders, top1: summary.top1, top10: summary.top10, nakamoto: summary.nakamoto },
  };
}
