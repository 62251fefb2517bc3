/** Permit2's on-chain `approve(token, spender, amount, expiration)`. */
import { decodeFunctionData, parseAbi } from 'viem';
import type { CallDecoder } from './call';
import { isUnlimited } from './amount';

export const PERMIT2_ADDRESS = '0x000000000022D473030F116dDEE9F6B43aC78BA3' as const;

export const permit2Abi = parseAbi(['function approve(address token, address spender, uint160 amount, uint48 expiration)']);

export const decodePermit2Approve: CallDecoder = (call) => {
  try {
    const d = decodeFunctionData({ abi: permit2Abi, data: call.data });
    const [token, spender, amount] = d.args;
    if (amount === 0n) return [];
    return [{ chainId: call.chainId, token, action: 'approve', spender, amount: amount.toString(), unlimited: isUnlimited(amount) }];
  } catch {
    return null;
  }
};
