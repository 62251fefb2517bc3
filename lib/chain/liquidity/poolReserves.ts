import { getAddress, type Address, type ContractFunctionParameters, type PublicClient } from 'viem';
import { erc20Abi, v2PairAbi } from './abis';
import type { FoundPool } from './findPools';
import { multicallOutcomes } from '../reads/readOutcome';

/**
 * [token reserve, quote reserve] of each pool, one multicall: a V2 pair's getReserves ordered by
 * token0; a V3 pool's token balances (its liquidity is spread over ticks, balances bound it).
 * null where the pool reverted; a read the RPC did not carry out fails (never reads as an empty pool).
 */
export async function readPoolReserves(
  client: PublicClient,
  params: { token: Address; pools: FoundPool[]; blockNumber: bigint },
): Promise<([bigint, bigint] | null)[]> {
  const token = getAddress(params.token);
  const calls: ContractFunctionParameters[] = params.pools.flatMap((p): ContractFunctionParameters[] =>
    p.version === 'v2'
      ? [
          { address: p.address, abi: v2PairAbi, functionName: 'token0' } as const,
          { address: p.address, abi: v2PairAbi, functionName: 'getReserves' } as const,
        ]
      : [
          { address: token, abi: erc20Abi, functionName: 'balanceOf', args: [p.address] } as const,
          { address: p.quote.address, abi: erc20Abi, functionName: 'balanceOf', args: [p.address] } as const,
        ],
  );
  if (calls.length === 0) return [];
  const res = await multicallOutcomes(client, { contracts: calls, blockNumber: params.blockNumber, what: 'reading pool reserves' });
  return params.pools.map((p, i) => {
    const [a, b] = [res[i * 2], res[i * 2 + 1]];
    if (a?.status !== 'success' || b?.status !== 'success') return null;
    if (p.version === 'v3') return [a.result as bigint, b.result as bigint];
    const [r0, r1] = b.result as readonly [bigint, bigint, number];
    return getAddress(a.result as Address) === token ? [r0, r1] : [r1, r0];
  });
}
