/**
 * `npm run bench`: every tests/bench/*.bench.ts exports `rows(): Promise<BenchRow[]>`.
 * Each row compares ours against a baseline measured in the same run; budgets come from the issues.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRows, type BenchRow } from './format';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const all: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(join(here, file))) as { rows(): Promise<BenchRow[]> };
  const rows = await mod.rows();
  all.push(...rows);
  for (const line of formatRows(rows, all.length === rows.length)) console.log(line);
}
const missed = all.filter((r) => r.pass === false);
console.log(`\n${all.length} rows, ${all.length - missed.length} within budget, ${missed.length} over budget`);
