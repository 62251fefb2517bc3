/**
 * Calldata → touched tokens. Tries each known decoder in turn; unwraps `multicall`
 * (SwapRouter02 and friends) by decoding every inner call against the same contract.
 * Unknown calldata touches nothing we can name: an empty list, never a throw.
 */
import { decodeFunctionData, parseAbi } from 'viem';
import type { TouchedToken } from '../types';
import type { Call, CallDecoder } from './call';
import { decodeTokenCall } from './erc20';
import { decodePermit2Approve } from './permit2';
import { decodeUniversalRouter } from './universal-router';
import { decodeV2Swap } from './uniswap-v2';
import { decodeV3Swap } from './uniswap-v3';

const multicallAbi = parseAbi([
  'function multicall(bytes[] data) payable',
  'function multicall(uint256 deadline, bytes[] data) payable',
  'function multicall(bytes32 previousBlockhash, bytes[] data) payable',
]);

// Order matters only where selectors could collide; these sets are disjoint.
const DECODERS: CallDecoder[] = [decodeTokenCall, decodeV2Swap, decodeV3Swap, decodeUniversalRouter, decodePermit2Approve];
const MAX_DEPTH = 3;

export function decodeCall(call: Call, depth = 0): TouchedToken[] {
  if (!/^0x[0-9a-fA-F]*$/.test(call.data) || call.data.length < 10) return [];
  try {
    const d = decodeFunctionData({ abi: multicallAbi, data: call.data });
    if (depth >= MAX_DEPTH) return [];
    const inner = d.args[d.args.length - 1] as readonly `0x${string}`[];
    return inner.flatMap((data) => decodeCall({ ...call, data, value: 0n }, depth + 1));
  } catch {
    /* not a multicall */
  }
  for (const decode of DECODERS) {
    try {
      const found = decode(call);
      if (found) return found;
    } catch {
      /* a decoder bug must never block a request */
    }
  }
  return [];
}
