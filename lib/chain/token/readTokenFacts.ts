/**
 * name, symbol, decimals and totalSupply in one multicall at a pinned block.
 * Old tokens (MKR, SAI) return bytes32 from name()/symbol(): both encodings are accepted.
 */
import { decodeAbiParameters, encodeFunctionData, hexToString, parseAbi, type Address, type Hex, type PublicClient } from 'viem';
import { rawMulticall, type RawResult } from '../rawMulticall';
import { NotAnErc20Error, mapChainError } from '../errors';

export interface TokenFacts {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
  totalSupply: bigint;
}

const erc20 = parseAbi([
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
]);

export async function readTokenFacts(client: PublicClient, params: { address: Address; blockNumber?: bigint }): Promise<TokenFacts> {
  const { address, blockNumber } = params;
  const calls = (['name', 'symbol', 'decimals', 'totalSupply'] as const).map((functionName) => ({
    target: address,
    callData: encodeFunctionData({ abi: erc20, functionName }),
  }));
  let results;
  try {
    results = await rawMulticall(client, { calls, blockNumber });
  } catch (err) {
    throw mapChainError(err, { what: 'reading token facts' });
  }
  // rawMulticall returns exactly one result per call (it checks the count).
  const [name, symbol, decimals, totalSupply] = results as [RawResult, RawResult, RawResult, RawResult];
  const supply = totalSupply.success ? decodeUint(totalSupply.returnData) : undefined;
  const dec = decimals.success ? decodeUint(decimals.returnData) : undefined;
  if (supply === undefined || dec === undefined || dec > 255n) {
    throw new NotAnErc20Error(address, {
      details: supply === undefined ? 'totalSupply() is missing' : 'decimals() is missing',
    });
  }
  return {
    address,
    name: name.success ? decodeText(name.returnData) : '',
    symbol: symbol.success ? decodeText(symbol.returnData) : '',
    decimals: Number(dec),
    totalSupply: supply,
  };
}

function decodeUint(data: Hex): bigint | undefined {
  if (data.length < 66) return undefined;
  return BigInt(data.slice(0, 66));
}

/** ABI string, or bytes32 padded with zeros; anything else reads as ''. Control characters are dropped. */
export function decodeText(data: Hex): string {
  try {
    if (data.length === 66) return clean(hexToString(data, { size: 32 }));
    const [s] = decodeAbiParameters([{ type: 'string' }], data);
    return clean(s);
  } catch {
    return '';
  }
}

function clean(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, 100)
  );
}
