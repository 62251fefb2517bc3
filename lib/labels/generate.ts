/**
 * Builds table.ts, the compact label table shipped in the extension, from the Etherscan
 * label export in ../shared/data/labels (MIT, see NOTICE.md) plus manual.ts.
 * Run from the project root: `npx tsx lib/labels/generate.ts`. Deterministic output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelCategory } from '../report/types';
import { parseCsv } from '../cli/csv/parse';
import { CATEGORY_CODES } from './codes';
import { MANUAL_LABELS } from './manual';

const DATA = fileURLToPath(new URL('../../../shared/data/labels/', import.meta.url));
const OUT = fileURLToPath(new URL('./table.ts', import.meta.url));

/** Which label wins when sources disagree: the more specific reason to leave a holder out. */
const PRECEDENCE: LabelCategory[] = ['sanctioned', 'burn', 'bridge', 'cex', 'dex', 'locker', 'treasury', 'multisig', 'other'];

const CEX_FILES = ['binance', 'bitfinex', 'coinbase', 'crypto-com', 'ftx', 'gate-io', 'gemini', 'huobi', 'kraken', 'kucoin', 'okx'];
const CEX_LABELS = new Set([
  ...CEX_FILES, 'poloniex', 'bithumb', 'bitstamp', 'bittrex', 'upbit', 'hitbtc', 'bitmart', 'ascendex', 'latoken',
  'deribit', 'digifinex', 'hotbit', 'hoo-com', 'korbit', 'coinone', 'bitmex', 'cobinhood', 'coinhako', 'liquid',
  'paribu', 'remitano', 'tidex', 'yunbi', 'zb-com', 'coss-io', 'cold-wallet', 'hot-wallet',
]);
/** Exchange-labelled contracts that are not exchange wallets (their tokens, deployers, fee sinks…). */
const NOT_A_WALLET = /token|stablecoin|deployer|contract|charity|pool|nft|blacklister|commerce|funder|supplier|depositor|router|recovery|wintermute|unlock|swap|undefined|treasury|binance usd|miscellaneous|mana/i;
/** Bridge-labelled contracts that hold no bridged tokens (adapters, admin, proofs, inboxes). */
const NOT_CUSTODY = /^0x:|admin|challenge|inbox|zap|helper|endpoint|anycall|rubic|thorswap/i;
const TREASURY = /treasury|timelock|dao wallet|dao funds|community fund|ecosystem fund|ecosystem reserve/i;
const LOCKER = /vesting(?! recipient)|vested escrow|locker|time lock|token lock|voting escrow|token streaming|^sablier v1/i;
const NOT_LOCKER_OR_TREASURY = /deployer|module|controller|manager|factory|nft|olympus pro|token$|bpool/i;

interface Entry {
  address: string; // 40 lower-case hex digits, no 0x
  name: string;
  category: LabelCategory;
  chains: string; // '*' or comma-separated chain ids
}

/** The text of table.ts for the label data in `dataDir` (default ../shared/data/labels). */
export function buildTable(dataDir: string = DATA): { source: string; counts: Record<string, number> } {
const entries = new Map<string, Entry>();

function add(address: string, name: string, category: LabelCategory, chains: string, curated = false): void {
  const a = address.trim().toLowerCase();
  if (!/^0x[0-9a-f]{40}$/.test(a)) throw new Error(`bad address in label data: ${address}`);
  const key = a.slice(2);
  const clean = name.replace(/[|\n\r]/g, ' ').replace(/\s+/g, ' ').trim();
  const old = entries.get(key);
  if (old && !curated && PRECEDENCE.indexOf(old.category) <= PRECEDENCE.indexOf(category)) return;
  entries.set(key, { address: key, name: clean || old?.name || category, category, chains });
}

function accounts(file: string): { address: string; name: string }[] {
  const rows = parseCsv(readFileSync(`${dataDir}accounts/${file}.csv`, 'utf8'));
  return rows.slice(1).map((r) => ({ address: r.fields[1], name: r.fields[2] ?? '' }));
}

for (const r of accounts('burn')) add(r.address, r.name, 'burn', '*');
for (const file of CEX_FILES) {
  for (const r of accounts(file)) if (r.name && !NOT_A_WALLET.test(r.name)) add(r.address, r.name, 'cex', '1');
}
for (const r of accounts('bridge')) if (r.name && !NOT_CUSTODY.test(r.name)) add(r.address, r.name, 'bridge', '1');
for (const r of accounts('multisig')) add(r.address, r.name, TREASURY.test(r.name) ? 'treasury' : 'multisig', '1');
for (const r of accounts('ofac-sanctions-lists')) add(r.address, 'OFAC-sanctioned address (2023 list)', 'sanctioned', '*');

const combined = JSON.parse(readFileSync(`${dataDir}combinedAccountLabels_eth.json`, 'utf8')) as Record<
  string,
  { name: string; labels: string[] }
>;
for (const [address, { name, labels }] of Object.entries(combined)) {
  const has = (l: string) => labels.includes(l);
  if (has('ofac-sanctions-lists')) add(address, name || 'OFAC-sanctioned address (2023 list)', 'sanctioned', '*');
  if (!name) continue;
  if (has('burn')) add(address, name, 'burn', '*');
  if (has('bridge') && !NOT_CUSTODY.test(name)) add(address, name, 'bridge', '1');
  if (labels.some((l) => CEX_LABELS.has(l)) && !has('gambling') && !NOT_A_WALLET.test(name)) add(address, name, 'cex', '1');
  if (NOT_LOCKER_OR_TREASURY.test(name)) continue;
  if (LOCKER.test(name)) add(address, name, 'locker', '1');
  else if (TREASURY.test(name) && !has('bridge')) add(address, name, 'treasury', '1');
}

// Curated entries win over the scraped ones (names, categories and chain scope).
for (const m of MANUAL_LABELS) add(m.address, m.name, m.category, m.chains === '*' ? '*' : m.chains.join(','), true);

const lines = [...entries.values()]
  .sort((a, b) => (a.address < b.address ? -1 : 1))
  .map((e) => `${e.address}|${CATEGORY_CODES[e.category]}|${e.chains}|${e.name}`);
for (const l of lines) if (l.includes('`') || l.includes('\\') || l.includes('${')) throw new Error(`unsafe label: ${l}`);

const out = `// GENERATED by lib/labels/generate.ts from ../shared/data/labels (MIT, see NOTICE.md) and manual.ts.
// Do not edit by hand. One entry per line: address (40 hex, lower case)|category code|chains|name.
export const LABEL_TABLE = \`
${lines.join('\n')}
\`;
`;
const counts: Record<string, number> = {};
for (const e of entries.values()) counts[e.category] = (counts[e.category] ?? 0) + 1;
return { source: out, counts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { source, counts } = buildTable();
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT}: ${source.length} bytes`, counts);
}
