/**
 * Multicall3 `aggregate3` returning raw bytes per call, for reads whose return type varies
 * between contracts (string vs bytes32 names) or whose failure is itself the answer.
 * Falls back to plain eth_calls (coalesced by JSON-RPC batching) where multicall3 is not deployed.
 */
import { decodeFunctionResult, encodeFunctionData, type Address, type Hex, type PublicClient } from 'viem';
import { MULTICALL3_ADDRESS } from './createClient';
import { isContractAnswer, retryUnlessAnswered } from './reads/readOutcome';

export interface RawCall {
  target: Address;
  callData: Hex;
}
export interface RawResult {
  success: boolean;
  returnData: Hex;
}

const aggregate3Abi = [
  {
    type: 'function',
    name: 'aggregate3',
    stateMutability: 'payable',
    inputs: [
      {
        name: 'calls',
        type: 'tuple[]',
        components: [
          { name: 'target', type: 'address' },
          { name: 'allowFailure', type: 'bool' },
          { name: 'callData', type: 'bytes' },
        ],
      },
    ],
    outputs: [
      {
        name: 'returnData',
        type: 'tuple[]',
        components: [
          { name: 'success', type: 'bool' },
          { name: 'returnData', type: 'bytes' },
        ],
      },
    ],
  },
] as const;

/** Calls per aggregate3: keeps each eth_call well under providers' gas and size caps. */
const CHUNK = 200;

export async function rawMulticall(client: PublicClient, params: { calls: readonly RawCall[]; blockNumber?: bigint }): Promise<RawResult[]> {
  const { calls, blockNumber } = params;
  if (calls.length === 0) return [];
  const chunks: RawCall[][] = [];
  for (let i = 0; i < calls.length; i += CHUNK) chunks.push(calls.slice(i, i + CHUNK));
  const parts = await Promise.all(
    chunks.map(async (chunk) => {
      if ((await knownDeployed(client, blockNumber)) === false) return Promise.all(chunk.map((c) => singleCall(client, c, blockNumber)));
      const data = encodeFunctionData({
        abi: aggregate3Abi,
        functionName: 'aggregate3',
        args: [chunk.map((c) => ({ target: c.target, allowFailure: true, callData: c.callData }))],
      });
      // batch: false — this already is a multicall; viem must not wrap it in another one.
      // A refused or lost request is tried again; per-call reverts are inside the answer.
      const reply = await retryUnlessAnswered(() => client.call({ to: MULTICALL3_ADDRESS, data, blockNumber, batch: false }), {
        what: 'multicall3 aggregate3',
      });
      // Asked optimistically (no eth_getCode round first): an empty answer means no multicall3 here.
      if (!reply.data || reply.data === '0x') {
        if (await multicallDeployed(client, blockNumber)) throw new Error('multicall3 returned no data');
        return Promise.all(chunk.map((c) => singleCall(client, c, blockNumber)));
      }
      const result = decodeFunctionResult({ abi: aggregate3Abi, functionName: 'aggregate3', data: reply.data });
      if (result.length !== chunk.length) throw new Error('multicall3 returned a wrong number of results');
      return result.map((r) => ({ success: r.success, returnData: r.returnData }));
    }),
  );
  return parts.flat();
}

const deployedCache = new WeakMap<PublicClient, Map<string, Promise<boolean>>>();

/** What is known without asking: undefined until an empty aggregate3 answer made us check. */
function knownDeployed(client: PublicClient, blockNumber?: bigint): Promise<boolean> | undefined {
  return deployedCache.get(client)?.get(String(blockNumber ?? 'latest'));
}

function multicallDeployed(client: PublicClient, blockNumber?: bigint): Promise<boolean> {
  let perBlock = deployedCache.get(client);
  if (!perBlock) deployedCache.set(client, (perBlock = new Map<string, Promise<boolean>>()));
  const key = String(blockNumber ?? 'latest');
  let known = perBlock.get(key);
  if (!known) {
    known = client.getCode({ address: MULTICALL3_ADDRESS, blockNumber }).then((c) => !!c && c !== '0x');
    perBlock.set(key, known);
    known.catch(() => perBlock.delete(key));
  }
  return known;
}

async function singleCall(client: PublicClient, call: RawCall, blockNumber?: bigint): Promise<RawResult> {
  try {
    const { data } = await retryUnlessAnswered(() => client.call({ to: call.target, data: call.callData, blockNumber, batch: false }), {
      what: 'eth_call',
    });
    return { success: true, returnData: data ?? '0x' };
  } catch (err) {
    // A revert is an answer ("this contract has no such function"); transport failures are not.
    if (isContractAnswer(err) || (err instanceof Error && /revert|execution reverted|invalid opcode/i.test(err.message))) {
      return { success: false, returnData: '0x' };
    }
    throw err;
  }
}
