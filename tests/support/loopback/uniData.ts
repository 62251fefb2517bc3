/**
 * The real UNI airdrop distribution (../shared/data/holders/uni-airdrop-2020.csv, 252,803
 * addresses) as served data: holders sorted by balance, largest first. null when the file is
 * absent (tests then skip, saying so).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const UNI_CSV = join(root, '..', 'shared', 'data', 'holders', 'uni-airdrop-2020.csv');
/** UNI on Ethereum mainnet. */
export const UNI_TOKEN = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984' as const;

export interface Holding {
  address: `0x${string}`;
  balance: bigint;
}

let cache: Holding[] | null | undefined;

export function loadUniHolders(): Holding[] | null {
  if (cache !== undefined) return cache;
  if (!existsSync(UNI_CSV)) return (cache = null);
  const lines = readFileSync(UNI_CSV, 'utf8').split('\n');
  const out: Holding[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const [, address, amount] = line.split(',');
    // Lowercase: checksumming 252k addresses costs seconds; clients normalise anyway.
    out.push({ address: address.toLowerCase() as `0x${string}`, balance: BigInt(amount) });
  }
  out.sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : a.address < b.address ? -1 : 1));
  return (cache = out);
}

export function sum(holders: readonly Holding[]): bigint {
  let s = 0n;
  for (const h of holders) s += h.balance;
  return s;
}
