/**
 * `report holders FILE.csv [--exclude burn,cex,...] [--decimals N] [--chain ID] [--json]`
 * Concentration of a token-holders CSV in two views: raw (every holder in the file) and
 * circulating (without holders whose label category is excluded; each one listed with why).
 */
import { DEFAULT_EXCLUDED, ratio, splitCirculating, summarize, type HolderBalance } from '../../analytics';
import { InputError, oneLine } from '../../errors';
import { lookupLabel } from '../../labels';
import type { ConcentrationSummary, LabelCategory } from '../../report/types';
import { formatUnits } from '../csv/amount';
import { integerOption, parseCommandArgs } from '../csv/args';
import { readHoldersFile } from '../csv/holders-file';
import { formatTable, grouped, percent } from '../csv/table';

const CATEGORIES: LabelCategory[] = ['burn', 'dex', 'bridge', 'cex', 'locker', 'treasury', 'multisig', 'sanctioned', 'other'];

export const USAGE = `usage: report holders FILE.csv [--exclude ${DEFAULT_EXCLUDED.join(',')}|none] [--decimals N] [--chain ID] [--json]`;

function parseExclude(value: string | undefined): Set<LabelCategory> {
  if (value === undefined) return new Set(DEFAULT_EXCLUDED);
  if (value.trim() === 'none' || value.trim() === '') return new Set();
  const out = new Set<LabelCategory>();
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (!CATEGORIES.includes(part as LabelCategory)) {
      throw new InputError(`holders: unknown category "${part}" in --exclude; known: ${CATEGORIES.join(', ')}`);
    }
    out.add(part as LabelCategory);
  }
  return out;
}

interface ExcludedHolder extends HolderBalance {
  reason: LabelCategory;
}

export interface HoldersResult {
  file: string;
  decimals: number;
  chainId: number;
  excludedCategories: LabelCategory[];
  raw: ConcentrationSummary;
  circulating: ConcentrationSummary;
  excluded: ExcludedHolder[];
}

export function analyseHolders(file: string, opts: { decimals?: number; exclude: Set<LabelCategory>; chainId: number }): HoldersResult {
  const { holders, decimals } = readHoldersFile(file, { decimals: opts.decimals });
  const categoryOf = (a: string) => lookupLabel(a, opts.chainId)?.category;
  const { circulating, excluded } = splitCirculating(holders, categoryOf, opts.exclude);
  return {
    file,
    decimals,
    chainId: opts.chainId,
    excludedCategories: [...opts.exclude],
    raw: summarize(holders.map((h) => h.balance)),
    circulating: summarize(circulating.map((h) => h.balance)),
    excluded: excluded.filter((h) => h.balance > 0n).sort((a, b) => (a.balance < b.balance ? 1 : a.balance > b.balance ? -1 : 0)),
  };
}

function toJson(r: HoldersResult): unknown {
  const { lorenz: _l, ...raw } = r.raw;
  const rawTotal = BigInt(r.raw.total);
  return {
    file: r.file,
    ...raw,
    decimals: r.decimals,
    totalTokens: formatUnits(rawTotal, r.decimals, false),
    view: 'raw',
    raw: r.raw,
    circulating: { ...r.circulating, totalTokens: formatUnits(BigInt(r.circulating.total), r.decimals, false) },
    excludedCategories: r.excludedCategories,
    excluded: r.excluded.map((h) => ({
      address: h.address,
      balance: h.balance.toString(),
      balanceTokens: formatUnits(h.balance, r.decimals, false),
      share: ratio(h.balance, rawTotal),
      reason: h.reason,
      label: lookupLabel(h.address, r.chainId)?.name,
    })),
  };
}

function toText(r: HoldersResult): string[] {
  const metric = (name: string, f: (s: ConcentrationSummary) => string) => [name, f(r.raw), f(r.circulating)];
  const share = (k: keyof ConcentrationSummary) => (s: ConcentrationSummary) => percent((s[k] as number | undefined) ?? 0);
  const lines = [
    `${r.file}: ${grouped(r.raw.holders)} holders, total ${formatUnits(BigInt(r.raw.total), r.decimals)} tokens (${r.decimals} decimals)`,
    '',
    ...formatTable(
      ['metric', 'raw', 'circulating'],
      [
        metric('holders', (s) => grouped(s.holders)),
        metric('total', (s) => formatUnits(BigInt(s.total), r.decimals)),
        metric('gini', (s) => s.gini.toFixed(4)),
        metric('hhi (0-10,000)', (s) => s.hhi.toFixed(1)),
        metric('nakamoto (>50%)', (s) => grouped(s.nakamoto)),
        metric('top 1', share('top1')),
        metric('top 5', share('top5')),
        metric('top 10', share('top10')),
        metric('top 20', share('top20')),
        metric('top 50', share('top50')),
        metric('top 100', share('top100')),
      ],
      ['left', 'right', 'right'],
    ),
    '',
  ];
  const cats = r.excludedCategories.join(', ') || 'none';
  if (r.excluded.length === 0) {
    lines.push(`Left out of circulating (categories: ${cats}): no labelled holders.`);
    return lines;
  }
  const total = BigInt(r.raw.total);
  lines.push(`Left out of circulating (categories: ${cats}): ${r.excluded.length} holders`);
  lines.push(
    ...formatTable(
      ['address', 'balance', 'share', 'reason', 'label'],
      r.excluded.map((h) => [
        h.address,
        formatUnits(h.balance, r.decimals),
        percent(ratio(h.balance, total)),
        h.reason,
        lookupLabel(h.address, r.chainId)?.name ?? '',
      ]),
      ['left', 'right', 'right', 'left', 'left'],
    ),
  );
  return lines;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseCommandArgs('holders', argv, {
      exclude: { type: 'string' },
      decimals: { type: 'string' },
      chain: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new InputError(`holders: expected one CSV file (${USAGE})`);
    const result = analyseHolders(positionals[0]!, {
      decimals: integerOption('holders', 'decimals', values.decimals, 77),
      exclude: parseExclude(values.exclude),
      chainId: integerOption('holders', 'chain', values.chain, Number.MAX_SAFE_INTEGER) ?? 1,
    });
    console.log(values.json ? JSON.stringify(toJson(result), null, 2) : toText(result).join('\n'));
    return 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    console.error(`report: ${oneLine(err)}`);
    return 2;
  }
}
