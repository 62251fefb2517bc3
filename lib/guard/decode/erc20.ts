/** ERC-20 / ERC-721 / ERC-1155 calls on the token contract itself (`to` is the token). */
import { decodeFunctionData, parseAbi } from 'viem';
import type { CallDecoder } from './call';
import { isUnlimited } from './amount';

export const tokenAbi = parseAbi([
  'function approve(address spender, uint256 amount)',
  'function increaseAllowance(address spender, uint256 addedValue)',
  'function transfer(address to, uint256 amount)',
  'function transferFrom(address from, address to, uint256 amount)',
  'function setApprovalForAll(address operator, bool approved)',
]);

export const decodeTokenCall: CallDecoder = (call) => {
  if (!call.to) return null;
  let decoded;
  try {
    decoded = decodeFunctionData({ abi: tokenAbi, data: call.data });
  } catch {
    return null;
  }
  const base = { chainId: call.chainId, token: call.to };
  switch (decoded.functionName) {
    case 'approve':
    case 'increaseAllowance': {
      const [spender, amount] = decoded.args;
      // Setting an allowance to zero is a revoke: nothing to warn about.
      if (amount === 0n) return [];
      return [{ ...base, action: 'approve', spender, amount: amount.toString(), unlimited: isUnlimited(amount) }];
    }
    case 'setApprovalForAll': {
      const [operator, approved] = decoded.args;
      return approved ? [{ ...base, action: 'approve', spender: operator, unlimited: true }] : [];
    }
    case 'transfer':
      return [{ ...base, action: 'transfer', amount: decoded.args[1].toString() }];
    case 'transferFrom':
      return [{ ...base, action: 'transfer', amount: decoded.args[2].toString() }];
  }
  return null;
};
