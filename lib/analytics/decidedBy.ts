/**
 * Who decided past votes: per proposal the minimal coalition (the same math as `report votes`:
 * fewest voters holding strictly more than half of the votes cast), and across proposals the
 * fewest addresses whose members made up the deciding coalition of the most proposals.
 */
import { minimalCoalition } from './voting';

export interface ProposalVotes {
  id: string;
  /** One entry per voter (a voter's votes on one proposal are added up). */
  votes: { voter: string; weight: bigint; support: number }[];
}

export interface DecidedProposal {
  id: string;
  voters: number;
  cast: bigint;
  minCoalition: number;
  /** The minCoalition largest voters, largest first. */
  deciders: { voter: string; weight: bigint; support: number }[];
  largest: bigint;
}

export function decideProposal(p: ProposalVotes): DecidedProposal {
  const byVoter = new Map<string, { voter: string; weight: bigint; support: number }>();
  for (const v of p.votes) {
    const key = v.voter.toLowerCase();
    const had = byVoter.get(key);
    if (had) had.weight += v.weight;
    else byVoter.set(key, { ...v });
  }
  const list = [...byVoter.values()].filter((v) => v.weight > 0n);
  list.sort((a, b) => (a.weight > b.weight ? -1 : a.weight < b.weight ? 1 : 0));
  const cast = list.reduce((s, v) => s + v.weight, 0n);
  const minCoalition = minimalCoalition(list.map((v) => v.weight));
  return { id: p.id, voters: byVoter.size, cast, minCoalition, deciders: list.slice(0, minCoalition), largest: list[0]?.weight ?? 0n };
}

/**
 * The k ≤ maxK addresses that appear most often in deciding coalitions, for the smallest k that
 * covers as many proposals as any k ≤ maxK does (a proposal is covered when its whole coalition
 * is among them). Greedy by frequency: a lower bound on how concentrated decisions are.
 */
export function commonDeciders(proposals: readonly DecidedProposal[], maxK = 5): { addresses: string[]; decided: number; of: number } {
  const decided = proposals.filter((p) => p.minCoalition > 0);
  const freq = new Map<string, number>();
  for (const p of decided) for (const d of p.deciders) freq.set(d.voter.toLowerCase(), (freq.get(d.voter.toLowerCase()) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([a]) => a);
  let best = { addresses: [] as string[], decided: 0, of: proposals.length };
  for (let k = 1; k <= Math.min(maxK, ranked.length); k++) {
    const set = new Set(ranked.slice(0, k));
    const covered = decided.filter((p) => p.deciders.every((d) => set.has(d.voter.toLowerCase()))).length;
    if (covered > best.decided) best = { addresses: ranked.slice(0, k), decided: covered, of: proposals.length };
  }
  return best;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
