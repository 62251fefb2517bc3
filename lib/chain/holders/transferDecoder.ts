/**
 * The one hot loop of a holder scan: raw Transfer logs → balance deltas. No ABI decoding:
 * `Transfer(address indexed from, address indexed to, uint256 value)` keeps both addresses in
 * topics 1 and 2 (last 40 hex chars) and the value as the 32-byte data word.
 * Balances are keyed by lowercase address (checksumming costs a keccak; done only for the few shown).
 */
import { MalformedResponseError } from '../errors';
import type { RawLog } from '../logs/types';

export const TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';

/** Applies every ERC-20 Transfer in `logs` to `balances`; returns how many were applied. */
export function applyTransfers(balances: Map<string, bigint>, logs: readonly RawLog[]): number {
  let applied = 0;
  for (let i = 0; i < logs.length; i++) {
    const topics = logs[i].topics;
    // ERC-721 shares the signature but indexes the token id as a 4th topic: not ours.
    if (topics.length !== 3) continue;
    const t0 = topics[0];
    if (t0 !== TRANSFER_TOPIC && t0.toLowerCase() !== TRANSFER_TOPIC) continue;
    const t1 = topics[1];
    const t2 = topics[2];
    if (t1.length !== 66 || t2.length !== 66) throw malformed('a Transfer topic is not 32 bytes');
    const data = logs[i].data;
    let value: bigint;
    try {
      value = data.length === 66 ? BigInt(data) : data.length > 66 ? BigInt(data.slice(0, 66)) : data.length > 2 ? BigInt(data) : 0n;
    } catch {
      throw malformed('a Transfer value is not hex');
    }
    applied++;
    if (value === 0n) continue;
    const from = `0x${t1.slice(26).toLowerCase()}`;
    const to = `0x${t2.slice(26).toLowerCase()}`;
    balances.set(from, (balances.get(from) ?? 0n) - value);
    balances.set(to, (balances.get(to) ?? 0n) + value);
  }
  return applied;
}

function malformed(details: string): MalformedResponseError {
  return new MalformedResponseError('eth_getLogs', { details });
}
