/**
 * A token as Whale Lens names it: a chain id and a checksummed address. Its string form, the
 * token key `${chainId}:${lowercase address}`, keys reports, dismissals and progress interest;
 * parseTokenKey gives the reference back (checksummed), so no caller takes a key apart itself.
 */
import { getAddress } from 'viem';
import type { Address } from '../report/types';

export interface TokenRef {
  chainId: number;
  address: Address;
}

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const KEY_RE = /^(\d+):(0x[0-9a-fA-F]{40})$/;

/** An address in its checksummed form; lower-cased first, so a wrong mixed-case checksum names the same account. */
export function checksum(address: Address): Address {
  return getAddress(address.toLowerCase());
}

/** The reference with its address checksummed; null for what is not a chain id and an address. */
export function tokenRef(chainId: number, address: string): TokenRef | null {
  if (!Number.isSafeInteger(chainId) || chainId <= 0 || !ADDRESS_RE.test(address)) return null;
  return { chainId, address: checksum(address as Address) };
}

/** `${chainId}:${lowercase address}`: one key per token, whatever case the address was written in. */
export function tokenKey(chainId: number, address: string): string {
  return `${chainId}:${address.toLowerCase()}`;
}

export function parseTokenKey(key: string): TokenRef | null {
  const m = KEY_RE.exec(key);
  return m ? tokenRef(Number(m[1]), m[2]!) : null;
}
