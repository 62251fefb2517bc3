/**
 * Re-reads holders' balances and totalSupply by multicall at the pinned block. Logs and
 * indexers can be wrong (missed logs, rebasing tokens, stale indexes): where they disagree
 * with balanceOf, the chain wins and the disagreement is recorded.
 */
import type { Address, Hex, PublicClient } from 'viem';
import { rawMulticall } from '../rawMulticall';
import { mapChainError } from '../errors';

export interface VerifiedHolder {
  address: Address;
  balance: bigint;
  /** False when balanceOf could not be read: the reported balance is kept. */
  verified: boolean;
}

export interface VerifyHoldersResult {
  holders: VerifiedHolder[];
  totalSupply: bigint;
  mismatches: { address: Address; reported: bigint; onChain: bigint }[];
}

const BALANCE_OF = '0x70a08231';
const TOTAL_SUPPLY = '0x18160ddd';

export async function verifyHolders(
  client: PublicClient,
  params: { token: Address; holders: readonly { address: Address; balance: bigint }[]; blockNumber: bigint },
): Promise<VerifyHoldersResult> {
  const { token, holders, blockNumber } = params;
  const calls = [
    { target: token, callData: TOTAL_SUPPLY as Hex },
    ...holders.map((h) => ({ target: token, callData: `${BALANCE_OF}${h.address.slice(2).toLowerCase().padStart(64, '0')}` as Hex })),
  ];
  let results;
  try {
    results = await rawMulticall(client, { calls, blockNumber });
  } catch (err) {
    throw mapChainError(err, { what: 'verifying balances' });
  }
  const totalSupply = uint(results[0]?.returnData);
  if (totalSupply === undefined) throw mapChainError(new Error('totalSupply() did not answer'), { what: 'verifying balances' });
  const mismatches: VerifyHoldersResult['mismatches'] = [];
  const verified = holders.map((h, i) => {
    const r = results[i + 1];
    const onChain = r?.success ? uint(r.returnData) : undefined;
    if (onChain === undefined) return { address: h.address, balance: h.balance, verified: false };
    if (onChain !== h.balance) mismatches.push({ address: h.address, reported: h.balance, onChain });
    return { address: h.address, balance: onChain, verified: true };
  });
  return { holders: verified, totalSupply, mismatches };
}

function uint(data: Hex | undefined): bigint | undefined {
  return data && data.length >= 66 ? BigInt(data.slice(0, 66)) : undefined;
}
