/**
 * How a token's balances move, when not only by Transfer: share-based rebasing (balance = shares ×
 * rate, stETH `sharesOf`/`getPooledEthByShares`, Aave/Ampleforth `scaledTotalSupply`), fee
 * reflection (`tokenFromReflection`/`reflectionFromToken`), or an unexplained drift of balanceOf
 * away from the Transfer sums. Either way the concentration comes from balances re-read at the
 * block, and the report says which model it saw so a reader knows balances change by themselves.
 */
import type { Address, Hex, PublicClient } from 'viem';
import type { BalanceModel } from '../../report/types';
import { rawMulticall } from '../rawMulticall';

const ONE_E18 = (10n ** 18n).toString(16).padStart(64, '0');
const ZERO_WORD = '0'.repeat(64);

const PROBES: { kind: BalanceModel['kind']; fn: string; callData: Hex }[] = [
  { kind: 'rebasing', fn: 'getTotalShares()', callData: '0xd5002f2e' },
  { kind: 'rebasing', fn: 'getPooledEthByShares(uint256)', callData: `0x7a28fb88${ONE_E18}` },
  { kind: 'rebasing', fn: 'sharesOf(address)', callData: `0xf5eb42dc${ZERO_WORD}` },
  { kind: 'rebasing', fn: 'scaledTotalSupply()', callData: '0xb1bf962d' },
  { kind: 'reflection', fn: 'tokenFromReflection(uint256)', callData: `0x2d838119${ZERO_WORD}` },
  { kind: 'reflection', fn: 'reflectionFromToken(uint256,bool)', callData: `0x4549b039${ZERO_WORD}${ZERO_WORD}` },
];

/**
 * `drifted`: verified addresses whose balanceOf differs from a positive Transfer sum (an address
 * with a zero or negative sum is explained by a silent mint instead, not by a drifting balance).
 */
export async function detectBalanceModel(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; drifted: number },
): Promise<BalanceModel | undefined> {
  const results = await rawMulticall(client, {
    calls: PROBES.map((p) => ({ target: params.token, callData: p.callData })),
    blockNumber: params.blockNumber,
  }).catch(() => []);
  const answered = PROBES.filter((_, i) => results[i]?.success && results[i].returnData.length >= 66);
  const kind = answered[0]?.kind;
  if (kind) {
    const fns = answered.filter((p) => p.kind === kind).map((p) => p.fn);
    return { kind, interface: fns, driftedBalances: params.drifted };
  }
  if (params.drifted > 0) return { kind: 'drift', interface: [], driftedBalances: params.drifted };
  return undefined;
}
