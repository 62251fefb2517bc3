/** Text lines for the clusters, trend and vote-history sections of `report token`. */
import type { Report } from '../report/types';
import { columnPercent as pct } from '../wording/format';

function basisText(b: { fromBlock: number; toBlock: number; logs: number; complete: boolean; note?: string }): string {
  return `from ${b.logs} Transfer logs, blocks ${b.fromBlock}–${b.toBlock}${b.complete ? '' : ` (incomplete${b.note ? `: ${b.note}` : ''})`}`;
}

export function insightLines(r: Report): string[] {
  const out: string[] = [];
  const c = r.clusters;
  if (c) {
    out.push('', `Wallets linked by transfers — ${c.clusterCount} cluster${c.clusterCount === 1 ? '' : 's'}, ${basisText(c.basis)}`);
    out.push(`  counting each cluster as one holder: top1 ${pct(c.grouped.top1)}  top10 ${pct(c.grouped.top10)}  nakamoto ${c.grouped.nakamoto}`);
    for (const [i, k] of c.clusters.slice(0, 5).entries()) {
      out.push(`  ${i + 1}. ${k.memberCount} wallets hold ${pct(k.share)} of circulating supply together`);
      for (const m of k.members.slice(0, 3)) out.push(`     ${m.address}`);
      if (k.memberCount > 3) out.push(`     … ${k.memberCount - 3} more`);
      for (const l of k.links.slice(0, 3))
        out.push(
          `     link: ${l.kind === 'transfer' ? 'transfer' : 'first tokens from the same sender'} ${l.from} → ${l.to}  tx ${l.tx}  block ${l.block}`,
        );
    }
  }
  if (!c && r.holders && r.holders.source !== 'logs') {
    out.push(
      '',
      `Wallets linked by transfers, concentration over time — not computed: the holder list is ${r.holders.source}'s top list, and both need every Transfer log of the token`,
    );
  }
  const t = r.trend;
  if (c && !t) {
    out.push(
      '',
      `Concentration over time — ${c.basis.complete ? 'could not be computed (see sources)' : `not computed: ${c.basis.note ?? 'the Transfer history was not fully replayed'}`}`,
    );
  }
  if (t && t.points.length) {
    out.push('', `Concentration over time — ${basisText(t.basis)}`);
    const spark = '▁▂▃▄▅▆▇█';
    out.push(`  top10 ${t.points.map((p) => spark[Math.min(7, Math.floor(p.top10 * 8))]).join('')}`);
    for (const p of t.points.filter((x) => x.label))
      out.push(`  ${p.label!.padEnd(4)} ago (block ${p.block}): holders ${p.holders}  top1 ${pct(p.top1)}  top10 ${pct(p.top10)}`);
    const now = t.points[t.points.length - 1]!;
    out.push(`  now  (block ${now.block}): holders ${now.holders}  top1 ${pct(now.top1)}  top10 ${pct(now.top10)}`);
  }
  const v = r.voteHistory;
  if (v) {
    const found = v.proposalsFound ?? v.proposals.length;
    const which =
      found > v.proposals.length
        ? `the newest ${v.proposals.length} of ${found} proposals (at most 20 are read)`
        : `all ${v.proposals.length} proposals`;
    out.push('', `Past votes — ${which} created in blocks ${v.fromBlock}–${v.toBlock} (about the past year), from ${v.logs} governor logs`);
    if (v.deciders.addresses.length)
      out.push(
        `  ${v.deciders.addresses.length} addresses decided ${v.deciders.decided} of the last ${v.deciders.of} proposals: ${v.deciders.addresses.join(', ')}`,
      );
    out.push(
      `  median turnout ${v.medianTurnout === null ? 'unknown (supply not read)' : pct(v.medianTurnout)}${v.oneVoterQuorumShare === null ? '' : `  one voter alone met quorum in ${pct(v.oneVoterQuorumShare)}`}`,
    );
    for (const p of v.proposals.slice(0, 5))
      out.push(
        `  ${p.id.slice(0, 14)}…  ${p.state.padEnd(9)} voters ${p.voters}  turnout ${p.turnout === null ? 'unknown' : pct(p.turnout)}  decided by ${p.minCoalition}`,
      );
  }
  return out;
}
