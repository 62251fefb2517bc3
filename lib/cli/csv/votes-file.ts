/**
 * Votes from a CSV of `proposal,voter,votes` rows (votes may be decimals, e.g. Snapshot's
 * voting power). Amounts are exact bigints at the file's longest fraction.
 */
import { parseDecimal, rescale, type Decimal } from './amount';
import { mapColumns, readCsvFile, rowError } from './read';

export interface ProposalVotes {
  id: string;
  voters: string[];
  votes: bigint[];
}

export interface VotesFile {
  /** In order of first appearance. */
  proposals: ProposalVotes[];
  /** votes / 10^scale is the amount as written in the file. */
  scale: number;
}

const EXPECTED = 'proposal,voter,votes';

export function readVotesFile(file: string): VotesFile {
  const rows = readCsvFile(file);
  const cols = mapColumns(
    file,
    rows[0],
    { proposal: ['proposal', 'proposal_id', 'proposalid'], voter: ['voter', 'address'], votes: ['votes', 'vp', 'weight'] },
    ['choice', 'support', 'created', 'timestamp', 'reason'],
    EXPECTED,
  );
  const width = rows[0].fields.length;
  if (rows.length < 2) throw rowError(file, rows[0].line, 'header only, no votes');

  const byId = new Map<string, { id: string; voters: string[]; amounts: Decimal[]; seen: Map<string, number> }>();
  let scale = 0;
  for (const row of rows.slice(1)) {
    if (row.fields.length !== width) {
      throw rowError(file, row.line, `expected ${width} fields like the header, found ${row.fields.length}`);
    }
    const id = row.fields[cols.proposal]!.trim();
    const voter = row.fields[cols.voter]!.trim();
    if (!id) throw rowError(file, row.line, 'proposal is empty');
    if (!voter) throw rowError(file, row.line, 'voter is empty');
    const amount = parseDecimal(row.fields[cols.votes]!);
    if ('problem' in amount) throw rowError(file, row.line, `votes ${amount.problem}`);
    let p = byId.get(id);
    if (!p) byId.set(id, (p = { id, voters: [], amounts: [], seen: new Map() }));
    const key = voter.toLowerCase();
    const first = p.seen.get(key);
    if (first !== undefined) {
      throw rowError(file, row.line, `duplicate vote by ${voter} on proposal ${id} (also on row ${first})`);
    }
    p.seen.set(key, row.line);
    p.voters.push(voter);
    p.amounts.push(amount);
    scale = Math.max(scale, amount.scale);
  }
  const proposals = [...byId.values()].map((p) => ({
    id: p.id,
    voters: p.voters,
    votes: p.amounts.map((a) => rescale(a, scale)),
  }));
  return { proposals, scale };
}
