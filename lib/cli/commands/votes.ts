/**
 * `report votes FILE.csv [--json]` — per proposal: voters, votes cast, and the minimal
 * coalition (fewest voters holding strictly more than half of the votes cast).
 */
import { minimalCoalition, ratio } from '../../analytics';
import { InputError, oneLine } from '../../errors';
import { formatUnits } from '../csv/amount';
import { parseCommandArgs } from '../csv/args';
import { formatTable, grouped, percent } from '../csv/table';
import { readVotesFile } from '../csv/votes-file';

export const USAGE = 'usage: report votes FILE.csv [--json]';

export interface ProposalResult {
  voters: number;
  /** Votes cast, exact, in the units written in the file. */
  votesCast: string;
  minCoalition: number;
  /** Share of the votes cast by the largest voter. */
  top1: number;
}

export function analyseVotes(file: string): Record<string, ProposalResult> {
  const { proposals, scale } = readVotesFile(file);
  const out: Record<string, ProposalResult> = {};
  for (const p of proposals) {
    let total = 0n;
    let max = 0n;
    for (const v of p.votes) {
      total += v;
      if (v > max) max = v;
    }
    out[p.id] = {
      voters: p.voters.length,
      votesCast: formatUnits(total, scale, false),
      minCoalition: minimalCoalition(p.votes),
      top1: total === 0n ? 0 : ratio(max, total),
    };
  }
  return out;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseCommandArgs('votes', argv, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new InputError(`votes: expected one CSV file (${USAGE})`);
    const proposals = analyseVotes(positionals[0]!);
    if (values.json) {
      console.log(JSON.stringify({ proposals }, null, 2));
      return 0;
    }
    const rows = Object.entries(proposals).map(([id, p]) => [
      id,
      grouped(p.voters),
      p.votesCast.replace(/^\d+/, (w) => w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
      grouped(p.minCoalition),
      percent(p.top1),
    ]);
    console.log(
      formatTable(['proposal', 'voters', 'votes cast', 'min coalition (>50%)', 'top voter'], rows, ['left', 'right', 'right', 'right', 'right']).join(
        '\n',
      ),
    );
    return 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    console.error(`report: ${oneLine(err)}`);
    return 2;
  }
}
