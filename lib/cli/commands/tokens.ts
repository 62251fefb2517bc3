/**
 * `report tokens FILE --rpc URL [--chain-id N] [--concurrency N] [--out FILE] [--csv]`:
 * many tokens, one line each — JSON (default) or a CSV row — with the verdict, key figures and
 * every gap. A few analyses run at once; they share the endpoint's learned pace (one per RPC
 * URL), so together they stay under its rate limit. With --out the file is appended to and the
 * run is resumable: tokens already in it are skipped. A token that fails is a line with its
 * error, never a stopped run. On a terminal, a progress line goes to stderr.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { getAddress, isAddress, type Address } from 'viem';
import { InputError, oneLine } from '../../errors';
import type { Report } from '../../report/types';
import { assess } from '../../risk/index';
import { escapeHidden } from '../../text/hostile';
import { gatherTokenReport } from '../../analysis/gatherReport';
import { parseFlags } from '../flags';
import { createChainClient } from '../../chain/createClient';

const USAGE = 'usage: report tokens FILE --rpc URL [--chain-id N] [--concurrency N] [--out FILE] [--csv]';
const VALUE_FLAGS = ['rpc', 'chain-id', 'concurrency', 'out'];
export const CSV_COLUMNS = [
  'token',
  'verdict',
  'symbol',
  'holders',
  'top1',
  'top10',
  'gini',
  'owner',
  'privileges',
  'pools',
  'gaps',
  'error',
] as const;

export interface TokenLine {
  token: Address;
  verdict: string;
  summary?: string;
  chainId?: number;
  block?: number;
  name?: string;
  symbol?: string;
  holders?: number;
  top1?: number;
  top10?: number;
  gini?: number;
  owner?: string;
  privileges?: string[];
  pools?: number;
  /** Every rule that could not run and every source that failed, with the reason. */
  gaps: string[];
  error?: string;
}

interface Args {
  file: string;
  rpc: string;
  chainId?: number;
  concurrency: number;
  out?: string;
  csv: boolean;
}

function parseArgs(argv: string[]): Args {
  const { positional, flags, switches } = parseFlags(argv, { values: VALUE_FLAGS, switches: ['csv'], usage: USAGE });
  const csv = switches.has('csv');
  if (positional.length !== 1) throw new InputError('give exactly one FILE of token addresses', { details: USAGE });
  if (!flags.rpc || !/^https?:\/\//.test(flags.rpc)) throw new InputError('--rpc http(s) URL is required', { details: USAGE });
  const concurrency = Number(flags.concurrency ?? 3);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new InputError('--concurrency must be 1 to 32');
  if (flags['chain-id'] !== undefined && !/^[1-9]\d{0,15}$/.test(flags['chain-id'])) throw new InputError('--chain-id must be a positive integer');
  return {
    file: positional[0]!,
    rpc: flags.rpc,
    chainId: flags['chain-id'] ? Number(flags['chain-id']) : undefined,
    concurrency,
    out: flags.out,
    csv,
  };
}

/** Addresses from a file: one per line, or the first column of a CSV; '#' comments and a header are skipped. */
export function readTokenList(text: string): Address[] {
  const seen = new Set<string>();
  const out: Address[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const first = raw
      .split(/[,;\t ]/)[0]!
      .trim()
      .replace(/^"|"$/g, '');
    if (!first || first.startsWith('#') || !isAddress(first, { strict: false })) continue;
    const a = getAddress(first);
    if (!seen.has(a)) (out.push(a), seen.add(a));
  }
  return out;
}

/** Tokens already written to an output file (JSON lines or CSV rows): a resumed run skips them. */
export function doneTokens(text: string): Set<string> {
  const done = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /0x[0-9a-fA-F]{40}/.exec(line);
    if (m && (line.startsWith('{') ? line.endsWith('}') : true)) done.add(m[0].toLowerCase());
  }
  return done;
}

export function lineFor(token: Address, report: Report): TokenLine {
  const a = assess(report);
  const h = report.holders;
  const line: TokenLine = {
    token,
    verdict: a.verdict,
    summary: a.summary,
    chainId: report.chainId,
    block: report.block.number,
    name: report.token.name,
    symbol: report.token.symbol,
    gaps: [
      ...report.sources.filter((s) => !s.ok).map((s) => `${s.section} (${s.source}): ${s.error ?? 'failed'}`),
      ...a.gaps.map((g) => `${g.ruleId}: ${g.reason}`),
    ],
  };
  if (h) Object.assign(line, { holders: h.count, top1: h.raw.top1, top10: h.raw.top10, gini: h.raw.gini });
  if (report.control) {
    line.owner = report.control.owner.kind;
    line.privileges = report.control.privileges.map((p) => `${p.name}:${p.holderKind}`);
  }
  if (report.liquidity) line.pools = report.liquidity.pools.length;
  return line;
}

const csvCell = (v: unknown) => {
  // Names and symbols come from the chain: bidi and control characters shown as "[U+202E]".
  const s = escapeHidden(v === undefined ? '' : Array.isArray(v) ? v.join(' | ') : String(v));
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvRow = (l: TokenLine) => CSV_COLUMNS.map((c) => csvCell(l[c])).join(',');

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let args: Args;
  let tokens: Address[];
  try {
    args = parseArgs(argv);
    if (!existsSync(args.file)) throw new InputError(`no such file: ${args.file}`);
    tokens = readTokenList(readFileSync(args.file, 'utf8'));
  } catch (err) {
    console.error(`report tokens: ${oneLine(err)}`);
    return 2;
  }
  const done = args.out && existsSync(args.out) ? doneTokens(readFileSync(args.out, 'utf8')) : new Set<string>();
  const todo = tokens.filter((t) => !done.has(t.toLowerCase()));
  const write = (text: string) => (args.out ? appendFileSync(args.out, `${text}\n`) : process.stdout.write(`${text}\n`));
  if (args.csv && (!args.out || !existsSync(args.out) || readFileSync(args.out, 'utf8').trim() === '')) write(CSV_COLUMNS.join(','));

  // One client for the endpoint: one JSON-RPC batcher, and the pace it learns is shared anyway.
  const client = createChainClient({ rpcUrl: args.rpc, chainId: args.chainId, timeoutMs: 30_000 });
  const tty = process.stderr.isTTY;
  let finished = 0;
  let failed = 0;
  const started = Date.now();
  const progress = (last?: string) => {
    if (!tty) return;
    const total = todo.length;
    const width = 24;
    const filled = total ? Math.round((finished / total) * width) : width;
    const eta = finished ? Math.round((((Date.now() - started) / finished) * (total - finished)) / 1000) : 0;
    process.stderr.write(
      `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${total}${done.size ? ` (+${done.size} earlier)` : ''}  eta ${eta}s${last ? `  ${last}` : ''}`,
    );
  };
  progress();
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const token = todo[next++]!;
      let line: TokenLine;
      try {
        line = lineFor(token, await gatherTokenReport(client, { address: token, source: 'logs' }));
      } catch (err) {
        failed++;
        line = { token, verdict: 'unknown', gaps: [], error: oneLine(err) };
      }
      write(args.csv ? csvRow(line) : JSON.stringify(line));
      finished++;
      progress(`${token.slice(0, 10)}… ${line.verdict}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.concurrency, Math.max(1, todo.length)) }, worker));
  if (tty) process.stderr.write('\r\x1b[K');
  if (tty || failed)
    console.error(
      `report tokens: ${finished} analysed${done.size ? `, ${done.size} already done` : ''}${failed ? `, ${failed} failed (see their error)` : ''}`,
    );
  return 0;
}
