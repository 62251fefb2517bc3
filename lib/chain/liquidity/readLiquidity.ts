import { getAddress, type Address, type PublicClient } from 'viem';
import type { LiquidityPool, LiquiditySection } from '../../report/types';
import { oneLine } from '../../errors';
import { mapChainError } from '../errors';
import { liquidityConfig, type DexDeployment, type LpLocker } from './dexes';
import { findPools } from './findPools';
import { readLpConcentration } from './lpConcentration';
import { readPoolReserves } from './poolReserves';
import { isEndpointFailure } from '../reads/readOutcome';

export interface ReadLiquidityParams {
  token: Address;
  blockNumber: bigint;
  chainId: number;
  /** Replaces the chain's registry (tests pass their local deployments). */
  dexes?: DexDeployment[];
  lockers?: LpLocker[];
  /** The token's creation block (or its search): no pair is older, so LP scans start no earlier. */
  fromBlock?: bigint | PromiseLike<bigint | undefined>;
  signal?: AbortSignal;
}

/**
 * Where the token's liquidity sits at the pinned block and who can pull it: V2 pairs and V3
 * pools against the chain's wrapped native token and main stablecoins, their reserves, and for
 * V2 pairs the LP holder concentration and the share burned or locked. Largest pools first.
 */
export async function readLiquidity(client: PublicClient, params: ReadLiquidityParams): Promise<LiquiditySection> {
  const token = getAddress(params.token);
  const { blockNumber } = params;
  const config = liquidityConfig(params.chainId);
  const dexes = params.dexes ?? config.dexes;
  const lockers = params.lockers ?? config.lockers;
  try {
    const found = await findPools(client, { token, blockNumber, dexes, quoteTokens: config.quoteTokens });
    const reserves = await readPoolReserves(client, { token, pools: found, blockNumber });
    const live = found
      .map((p, i) => ({ p, r: reserves[i] }))
      .filter((x): x is { p: (typeof found)[number]; r: [bigint, bigint] } => !!x.r && (x.r[0] > 0n || x.r[1] > 0n));
    const pools = await Promise.all(
      live.map(async ({ p, r }): Promise<LiquidityPool> => {
        const pool: LiquidityPool = {
          dex: p.dex,
          version: p.version,
          address: p.address,
          pairedWith: { address: getAddress(p.quote.address), symbol: p.quote.symbol },
          reserves: [r[0].toString(), r[1].toString()],
        };
        if (p.feeTier !== undefined) pool.feeTier = p.feeTier;
        if (p.version === 'v2') {
          // One pair's LP scan failing (log limits on a busy pair) must not hide the other pools.
          try {
            pool.lp = await readLpConcentration(client, {
              pair: p.address,
              blockNumber,
              lockers,
              fromBlock: await params.fromBlock,
              signal: params.signal,
            });
          } catch (err) {
            // The RPC not answering is no fact about the pair: the whole section is then a gap.
            if (params.signal?.aborted || isEndpointFailure(err)) throw err;
            pool.lpError = oneLine(mapChainError(err, { what: `scanning LP holders of ${p.address}` }));
          }
        }
        return pool;
      }),
    );
    pools.sort((a, b) => (BigInt(b.reserves[0]) > BigInt(a.reserves[0]) ? 1 : BigInt(b.reserves[0]) < BigInt(a.reserves[0]) ? -1 : 0));
    return { pools };
  } catch (err) {
    throw mapChainError(err, { what: 'reading liquidity pools' });
  }
}
