/**
 * Uniswap V3 SwapRouter (with deadline) and SwapRouter02 (without) swaps.
 * exactOutput paths are encoded backwards (token out first), exactInput paths forwards.
 */
import { decodeFunctionData, parseAbi, type Hex } from 'viem';
import type { CallDecoder } from './call';
import { decodeV3Path, first, last, swapTouches } from './uniswap-path';

export const v3RouterAbi = parseAbi([
  'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
  'struct ExactInputParams { bytes path; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; }',
  'struct ExactOutputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; uint160 sqrtPriceLimitX96; }',
  'struct ExactOutputParams { bytes path; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; }',
  'function exactInputSingle(ExactInputSingleParams params) payable',
  'function exactInput(ExactInputParams params) payable',
  'function exactOutputSingle(ExactOutputSingleParams params) payable',
  'function exactOutput(ExactOutputParams params) payable',
]);

export const swapRouter02Abi = parseAbi([
  'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
  'struct ExactInputParams { bytes path; address recipient; uint256 amountIn; uint256 amountOutMinimum; }',
  'struct ExactOutputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 amountOut; uint256 amountInMaximum; uint160 sqrtPriceLimitX96; }',
  'struct ExactOutputParams { bytes path; address recipient; uint256 amountOut; uint256 amountInMaximum; }',
  'function exactInputSingle(ExactInputSingleParams params) payable',
  'function exactInput(ExactInputParams params) payable',
  'function exactOutputSingle(ExactOutputSingleParams params) payable',
  'function exactOutput(ExactOutputParams params) payable',
]);

type V3Params = {
  tokenIn?: `0x${string}`;
  tokenOut?: `0x${string}`;
  path?: Hex;
  amountIn?: bigint;
  amountOut?: bigint;
};

function touchesOf(chainId: number, fn: string, p: V3Params) {
  switch (fn) {
    case 'exactInputSingle':
      return swapTouches({ chainId, tokenIn: p.tokenIn!, tokenOut: p.tokenOut!, amountIn: p.amountIn });
    case 'exactOutputSingle':
      return swapTouches({ chainId, tokenIn: p.tokenIn!, tokenOut: p.tokenOut!, amountOut: p.amountOut });
    case 'exactInput': {
      const path = decodeV3Path(p.path!);
      return path ? swapTouches({ chainId, tokenIn: first(path), tokenOut: last(path), amountIn: p.amountIn }) : null;
    }
    case 'exactOutput': {
      const path = decodeV3Path(p.path!);
      return path ? swapTouches({ chainId, tokenIn: last(path), tokenOut: first(path), amountOut: p.amountOut }) : null;
    }
  }
  return null;
}

export const decodeV3Swap: CallDecoder = (call) => {
  for (const abi of [v3RouterAbi, swapRouter02Abi]) {
    try {
      const d = decodeFunctionData({ abi, data: call.data });
      return touchesOf(call.chainId, d.functionName, d.args[0] as V3Params);
    } catch {
      /* try the next ABI */
    }
  }
  return null;
};
