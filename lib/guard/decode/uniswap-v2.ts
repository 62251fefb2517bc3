/**
 * Uniswap V2 Router02 swaps (and the V2 functions SwapRouter02 carries without deadline).
 * Exact-in calls state the amount sold, exact-out calls the amount bought; for the ETH
 * variants the native side is not a token and is left out.
 */
import { decodeFunctionData, parseAbi } from 'viem';
import type { CallDecoder } from './call';
import { first, last, swapTouches } from './uniswap-path';

export const v2RouterAbi = parseAbi([
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable',
  'function swapTokensForExactETH(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline) payable',
  'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable',
  'function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  // SwapRouter02's V2 entry points (no deadline).
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to) payable',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to) payable',
]);

export const decodeV2Swap: CallDecoder = (call) => {
  let d;
  try {
    d = decodeFunctionData({ abi: v2RouterAbi, data: call.data });
  } catch {
    return null;
  }
  const chainId = call.chainId;
  const a = d.args as readonly unknown[];
  switch (d.functionName) {
    case 'swapExactTokensForTokens':
    case 'swapExactTokensForTokensSupportingFeeOnTransferTokens': {
      const path = a[2] as `0x${string}`[];
      return swapTouches({ chainId, tokenIn: first(path), tokenOut: last(path), amountIn: a[0] as bigint });
    }
    case 'swapTokensForExactTokens': {
      const path = a[2] as `0x${string}`[];
      return swapTouches({ chainId, tokenIn: first(path), tokenOut: last(path), amountOut: a[0] as bigint });
    }
    case 'swapExactETHForTokens':
    case 'swapExactETHForTokensSupportingFeeOnTransferTokens': {
      const path = a[1] as `0x${string}`[];
      return swapTouches({ chainId, tokenIn: null, tokenOut: last(path) });
    }
    case 'swapETHForExactTokens': {
      const path = a[1] as `0x${string}`[];
      return swapTouches({ chainId, tokenIn: null, tokenOut: last(path), amountOut: a[0] as bigint });
    }
    case 'swapTokensForExactETH': {
      const path = a[2] as `0x${string}`[];
      return swapTouches({ chainId, tokenIn: first(path), tokenOut: null });
    }
    case 'swapExactTokensForETH':
    case 'swapExactTokensForETHSupportingFeeOnTransferTokens': {
      const path = a[2] as `0x${string}`[];
      return swapTouches({ chainId, tokenIn: first(path), tokenOut: null, amountIn: a[0] as bigint });
    }
  }
  return null;
};
