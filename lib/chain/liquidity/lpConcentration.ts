import { getAddress, type Address, type ContractFunctionParameters, type PublicClient } from 'viem';
import type { LiquidityPool } from '../../report/types';
import { findCreationBlock } from '../token/findCreationBlock';
import { classifyAddresses } from '../token/classifyAddresses';
import { erc20Abi, v2PairAbi } from './abis';
import { BURN_ADDRESSES, type LpLocker } from './dexes';
import { scanHolders } from '../holders/scanHolders';

/** Holders re-read on-chain besides burn and locker addresses. */
const TOP_CHECKED = 10;

const share = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Number((part * 1_000_000_000n) / whole) / 1e9);

/**
 * Who can pull a V2 pair's liquidity: LP holders from the pair's Transfer logs (from its
 * creation block), then the largest holders, burn addresses and known lockers re-read with
 * balanceOf at the pinned block (the chain wins). `holders` counts positive balances except address(0). `top1` is the largest holder that is neither
 * a burn address nor a locker — the one wallet that could withdraw.
 */
export async function readLpConcentration(
  client: PublicClient,
  params: { pair: Address; blockNumber: bigint; lockers: LpLocker[]; fromBlock?: bigint; signal?: AbortSignal },
): Promise<NonNullable<LiquidityPool['lp']>> {
  const { pair, blockNumber } = params;
  // No pair is older than its token: from the token's creation block the scan is complete without a search of its own.
  const fromBlock =
    params.fromBlock ??
    (await findCreationBlock(client, { address: pair, toBlock: blockNumber, codeAtToBlock: true, logsFallback: true, signal: params.signal }));
  // scanHolders keys balances by lowercase address and leaves out address(0)
  const { balances, complete } = await scanHolders(client, { token: pair, fromBlock, toBlock: blockNumber, signal: params.signal });
  const positive = [...balances].filter(([, v]) => v > 0n).sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0));
  const parkedList = [...BURN_ADDRESSES, ...params.lockers.map((l) => l.address)].map((a) => getAddress(a));
  const parkedLower = new Set(parkedList.map((a) => a.toLowerCase()));
  const candidates = positive
    .map(([a]) => a)
    .filter((a) => !parkedLower.has(a.toLowerCase()))
    .slice(0, TOP_CHECKED)
    .map((a) => getAddress(a));
  const parked = new Set<Address>(parkedList);
  const checked = [...parked, ...candidates];
  const res = await client.multicall({
    contracts: [
      { address: pair, abi: v2PairAbi, functionName: 'totalSupply' },
      ...checked.map((a) => ({ address: pair, abi: erc20Abi, functionName: 'balanceOf', args: [a] })),
    ] as ContractFunctionParameters[],
    allowFailure: false,
    blockNumber,
  });
  const [supply, ...onChain] = res as bigint[];
  let parkedTotal = 0n;
  let top: [Address, bigint] | undefined;
  checked.forEach((a, i) => {
    const bal = onChain[i] ?? 0n;
    if (parked.has(a)) parkedTotal += bal;
    else if (!top || bal > top[1]) top = [a, bal];
  });
  const lp: NonNullable<LiquidityPool['lp']> = {
    holders: positive.length,
    top1: top ? share(top[1], supply!) : 0,
    burnedOrLocked: share(parkedTotal, supply!),
    complete,
  };
  if (top && top[1] > 0n) {
    lp.top1Holder = top[0];
    const [info] = await classifyAddresses(client, { addresses: [top[0]], blockNumber });
    if (info) lp.top1Kind = info.kind;
  }
  return lp;
}
