/**
 * What kind of account an address is: EOA, Safe (getThreshold + getOwners), timelock
 * (OpenZeppelin getMinDelay, or Compound delay + GRACE_PERIOD), or some other contract.
 * One JSON-RPC batch of eth_getCode, then one multicall of probes for the contracts.
 */
import { decodeFunctionResult, encodeFunctionData, getAddress, parseAbi, type Address, type Hex, type PublicClient } from 'viem';
import type { AddressKind } from '../../report/types';
import { rawMulticall, type RawResult } from '../rawMulticall';
import { mapChainError } from '../errors';
import { retryUnlessAnswered } from '../reads/readOutcome';

export interface AddressInfo {
  address: Address;
  kind: AddressKind;
  safe?: { threshold: number; owners: Address[] };
  /** Seconds. */
  timelock?: { minDelay: number };
}

const probes = parseAbi([
  'function getThreshold() view returns (uint256)',
  'function getOwners() view returns (address[])',
  'function getMinDelay() view returns (uint256)',
  'function delay() view returns (uint256)',
  'function GRACE_PERIOD() view returns (uint256)',
]);
const PROBES = ['getThreshold', 'getOwners', 'getMinDelay', 'delay', 'GRACE_PERIOD'] as const;
const probeData = PROBES.map((functionName) => encodeFunctionData({ abi: probes, functionName }));

/** EIP-7702: an EOA that delegates to code still signs with its own key. */
const DELEGATION_PREFIX = '0xef0100';

export async function classifyAddresses(
  client: PublicClient,
  params: { addresses: readonly Address[]; blockNumber?: bigint },
): Promise<AddressInfo[]> {
  const { blockNumber } = params;
  const addresses = params.addresses.map((a) => getAddress(a));
  let codes: (Hex | undefined)[];
  try {
    codes = await retryUnlessAnswered(() => Promise.all(addresses.map((address) => client.getCode({ address, blockNumber }))), {
      what: 'reading account code',
    });
  } catch (err) {
    throw mapChainError(err, { what: 'reading account code' });
  }
  const contracts = addresses.filter((_, i) => isContract(codes[i]));
  let results: RawResult[] = [];
  if (contracts.length > 0) {
    try {
      results = await rawMulticall(client, {
        calls: contracts.flatMap((target) => probeData.map((callData) => ({ target, callData }))),
        blockNumber,
      });
    } catch (err) {
      throw mapChainError(err, { what: 'probing contracts' });
    }
  }
  const byContract = new Map(contracts.map((a, i) => [a, results.slice(i * PROBES.length, (i + 1) * PROBES.length)]));
  return addresses.map((address, i) => {
    const probe = byContract.get(address);
    if (!probe) return { address, kind: codes[i] === undefined || codes[i] === '0x' || isDelegated(codes[i]) ? 'eoa' : 'contract' };
    return classifyContract(address, probe);
  });
}

function isDelegated(code: Hex | undefined): boolean {
  return !!code && code.toLowerCase().startsWith(DELEGATION_PREFIX) && code.length === 2 + 46;
}

function isContract(code: Hex | undefined): boolean {
  return !!code && code !== '0x' && !isDelegated(code);
}

function decode(functionName: (typeof PROBES)[number], r: RawResult): unknown {
  if (!r.success || r.returnData === '0x') return undefined;
  try {
    return decodeFunctionResult({ abi: probes, functionName, data: r.returnData } as never) as unknown;
  } catch {
    return undefined;
  }
}

function classifyContract(address: Address, probe: RawResult[]): AddressInfo {
  const [threshold, owners, minDelay, delay, grace] = PROBES.map((f, i) => decode(f, probe[i]!));
  if (typeof threshold === 'bigint' && Array.isArray(owners) && owners.length > 0 && threshold > 0n) {
    return { address, kind: 'safe', safe: { threshold: Number(threshold), owners: (owners as Address[]).map((o) => getAddress(o)) } };
  }
  if (typeof minDelay === 'bigint') return { address, kind: 'timelock', timelock: { minDelay: safeNumber(minDelay) } };
  if (typeof delay === 'bigint' && typeof grace === 'bigint') {
    return { address, kind: 'timelock', timelock: { minDelay: safeNumber(delay) } };
  }
  return { address, kind: 'contract' };
}

function safeNumber(v: bigint): number {
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
