/**
 * The one hot loop of a holder scan: raw Transfer logs → balances. No ABI decoding:
 * `Transfer(address indexed from, address indexed to, uint256 value)` keeps both addresses in
 * topics 1 and 2 and the value as the 32-byte data word; see ./balanceBook for the accounting.
 */
import { MalformedResponseError } from '../errors';
import type { RawLog } from '../logs/types';
import type { BalanceBook } from './balanceBook';

export { BalanceBook } from './balanceBook';

export const TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';

/** Applies every ERC-20 Transfer in `logs` to `book`; returns how many were applied. */
export function applyTransfers(book: BalanceBook, logs: readonly RawLog[]): number {
  let applied = 0;
  for (let i = 0; i < logs.length; i++) {
    const t = logs[i]!.topics;
    // ERC-721 shares the signature but indexes the token id as a 4th topic: not ours.
    if (t.length !== 3) continue;
    if (t[0] !== TRANSFER_TOPIC && t[0]!.toLowerCase() !== TRANSFER_TOPIC) continue;
    const from = t[1]!;
    const to = t[2]!;
    if (from.length !== 66 || to.length !== 66) throw malformed('a Transfer topic is not 32 bytes');
    if (!book.move(from, to, logs[i]!.data)) throw malformed('a Transfer value or topic is not hex');
    applied++;
  }
  return applied;
}

function malformed(details: string): MalformedResponseError {
  return new MalformedResponseError('eth_getLogs', { details });
}
