import type { Address, PublicClient } from 'viem';
import type { LiquiditySection } from '../../report/types';
import type { DexDeployment } from './dexes';

export async function readLiquidity(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; chainId: number; dexes?: DexDeployment[] },
): Promise<LiquiditySection> {
  void client;
  void params;
  throw new Error('readLiquidity: not implemented yet');
}
