/**
 * Uniswap Universal Router `execute(commands, inputs[, deadline])`: one command byte per input.
 * The low 6 bits name the command (the top bit is "allow revert"); commands we do not know
 * (wrap/unwrap, sweep, NFT markets…) touch no token worth checking and are skipped.
 */
import { decodeAbiParameters, decodeFunctionData, parseAbi, parseAbiParameters, type Hex } from 'viem';
import type { TouchedToken } from '../types';
import type { CallDecoder } from './call';
import { isUnlimited } from './amount';
import { decodeV3Path, first, last, swapTouches } from './uniswap-path';

export const universalRouterAbi = parseAbi([
  'function execute(bytes commands, bytes[] inputs, uint256 deadline) payable',
  'function execute(bytes commands, bytes[] inputs) payable',
]);

export const Command = {
  V3_SWAP_EXACT_IN: 0x00,
  V3_SWAP_EXACT_OUT: 0x01,
  PERMIT2_TRANSFER_FROM: 0x02,
  PERMIT2_PERMIT_BATCH: 0x03,
  V2_SWAP_EXACT_IN: 0x08,
  V2_SWAP_EXACT_OUT: 0x09,
  PERMIT2_PERMIT: 0x0a,
} as const;
const COMMAND_MASK = 0x3f;

const v3Swap = parseAbiParameters('address recipient, uint256 amount, uint256 limit, bytes path, bool payerIsUser');
const v2Swap = parseAbiParameters('address recipient, uint256 amount, uint256 limit, address[] path, bool payerIsUser');
const permit2TransferFrom = parseAbiParameters('address token, address recipient, uint160 amount');
const permitSingle = parseAbiParameters(
  '((address token, uint160 amount, uint48 expiration, uint48 nonce) details, address spender, uint256 sigDeadline) permit, bytes signature',
);
const permitBatch = parseAbiParameters(
  '((address token, uint160 amount, uint48 expiration, uint48 nonce)[] details, address spender, uint256 sigDeadline) permit, bytes signature',
);

function decodeCommand(chainId: number, command: number, input: Hex): TouchedToken[] {
  switch (command) {
    case Command.V3_SWAP_EXACT_IN: {
      const [, amountIn, , path] = decodeAbiParameters(v3Swap, input);
      const t = decodeV3Path(path);
      return t ? swapTouches({ chainId, tokenIn: first(t), tokenOut: last(t), amountIn }) : [];
    }
    case Command.V3_SWAP_EXACT_OUT: {
      const [, amountOut, , path] = decodeAbiParameters(v3Swap, input);
      const t = decodeV3Path(path);
      return t ? swapTouches({ chainId, tokenIn: last(t), tokenOut: first(t), amountOut }) : [];
    }
    case Command.V2_SWAP_EXACT_IN: {
      const [, amountIn, , path] = decodeAbiParameters(v2Swap, input);
      return path.length >= 2 ? swapTouches({ chainId, tokenIn: first(path), tokenOut: last(path), amountIn }) : [];
    }
    case Command.V2_SWAP_EXACT_OUT: {
      const [, amountOut, , path] = decodeAbiParameters(v2Swap, input);
      return path.length >= 2 ? swapTouches({ chainId, tokenIn: first(path), tokenOut: last(path), amountOut }) : [];
    }
    case Command.PERMIT2_TRANSFER_FROM: {
      const [token, , amount] = decodeAbiParameters(permit2TransferFrom, input);
      return [{ chainId, token, action: 'transfer', amount: amount.toString() }];
    }
    case Command.PERMIT2_PERMIT: {
      const [p] = decodeAbiParameters(permitSingle, input);
      const a = p.details.amount;
      return [{ chainId, token: p.details.token, action: 'permit', spender: p.spender, amount: a.toString(), unlimited: isUnlimited(a) }];
    }
    case Command.PERMIT2_PERMIT_BATCH: {
      const [p] = decodeAbiParameters(permitBatch, input);
      return p.details.map((d) => ({
        chainId,
        token: d.token,
        action: 'permit' as const,
        spender: p.spender,
        amount: d.amount.toString(),
        unlimited: isUnlimited(d.amount),
      }));
    }
  }
  return [];
}

export const decodeUniversalRouter: CallDecoder = (call) => {
  let d;
  try {
    d = decodeFunctionData({ abi: universalRouterAbi, data: call.data });
  } catch {
    return null;
  }
  const [commands, inputs] = d.args;
  const bytes = commands.slice(2);
  const out: TouchedToken[] = [];
  for (let i = 0; i < bytes.length / 2 && i < inputs.length; i++) {
    const command = parseInt(bytes.slice(i * 2, i * 2 + 2), 16) & COMMAND_MASK;
    try {
      out.push(...decodeCommand(call.chainId, command, inputs[i]!));
    } catch {
      // One malformed input must not hide the others.
    }
  }
  return out;
};
