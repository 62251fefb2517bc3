import { getAddress, zeroAddress, type Address, type ContractFunctionParameters, type PublicClient } from 'viem';
import { v2FactoryAbi, v3FactoryAbi } from './abis';
import { multicallOutcomes } from '../reads/readOutcome';
import { UNISWAP_V3_FEE_TIERS, type DexDeployment, type QuoteToken } from './dexes';

export interface FoundPool {
  dex: string;
  version: 'v2' | 'v3';
  address: Address;
  quote: QuoteToken;
  feeTier?: number;
}

/**
 * Every pool of the token against every quote token on every DEX, in one multicall:
 * V2 factories by getPair, V3 factories by getPool on each fee tier. A zero address or a
 * reverted call means no pool there; a call the RPC did not carry out fails the search.
 */
export async function findPools(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; dexes: DexDeployment[]; quoteTokens: QuoteToken[] },
): Promise<FoundPool[]> {
  const token = getAddress(params.token);
  const probes: { pool: Omit<FoundPool, 'address'>; call: ContractFunctionParameters }[] = [];
  for (const dex of params.dexes) {
    for (const quote of dex.quoteTokens ?? params.quoteTokens) {
      if (getAddress(quote.address) === token) continue;
      if (dex.version === 'v2') {
        probes.push({
          pool: { dex: dex.name, version: 'v2', quote },
          call: { address: dex.factory, abi: v2FactoryAbi, functionName: 'getPair', args: [token, quote.address] },
        });
      } else {
        for (const fee of dex.feeTiers ?? UNISWAP_V3_FEE_TIERS) {
          probes.push({
            pool: { dex: dex.name, version: 'v3', quote, feeTier: fee },
            call: { address: dex.factory, abi: v3FactoryAbi, functionName: 'getPool', args: [token, quote.address, fee] },
          });
        }
      }
    }
  }
  if (probes.length === 0) return [];
  const res = await multicallOutcomes(client, { contracts: probes.map((p) => p.call), blockNumber: params.blockNumber, what: 'looking up pools' });
  const pools: FoundPool[] = [];
  res.forEach((r, i) => {
    if (r.status !== 'success' || typeof r.result !== 'string') return;
    const address = getAddress(r.result as Address);
    if (address !== zeroAddress) pools.push({ ...probes[i]!.pool, address });
  });
  return pools;
}
