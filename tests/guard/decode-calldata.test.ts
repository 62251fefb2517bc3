import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, encodeFunctionData, encodePacked, getAddress, maxUint256, parseAbiParameters, type Hex } from 'viem';
import { decodeRequest } from '../../lib/guard/decode/request';
import { tokenAbi } from '../../lib/guard/decode/erc20';
import { v2RouterAbi } from '../../lib/guard/decode/uniswap-v2';
import { swapRouter02Abi, v3RouterAbi } from '../../lib/guard/decode/uniswap-v3';
import { universalRouterAbi } from '../../lib/guard/decode/universal-router';
import { permit2Abi } from '../../lib/guard/decode/permit2';
import { parseAbi } from 'viem';

const A = getAddress('0x1111111111111111111111111111111111111111');
const B = getAddress('0x2222222222222222222222222222222222222222');
const C = getAddress('0x3333333333333333333333333333333333333333');
const SPENDER = getAddress('0x4444444444444444444444444444444444444444');
const ME = getAddress('0x5555555555555555555555555555555555555555');
const ROUTER = getAddress('0x6666666666666666666666666666666666666666');
const chainId = 1;
const tx = (to: Hex, data: Hex, extra: Record<string, unknown> = {}) =>
  decodeRequest({ method: 'eth_sendTransaction', params: [{ from: ME, to, data, ...extra }] }, chainId);

describe('ERC-20 / ERC-721 calls', () => {
  it('approve: spender, amount, unlimited called out', () => {
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'approve', args: [SPENDER, maxUint256] }))).toEqual([
      { chainId, token: A, action: 'approve', spender: SPENDER, amount: maxUint256.toString(), unlimited: true },
    ]);
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'approve', args: [SPENDER, 10n ** 18n] }))[0]).toMatchObject({
      amount: '1000000000000000000',
      unlimited: false,
    });
  });
  it('approve(0) is a revoke and touches nothing', () => {
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'approve', args: [SPENDER, 0n] }))).toEqual([]);
  });
  it('increaseAllowance, transfer, transferFrom, setApprovalForAll', () => {
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'increaseAllowance', args: [SPENDER, 5n] }))[0]).toMatchObject({
      action: 'approve',
      amount: '5',
      spender: SPENDER,
    });
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'transfer', args: [B, 7n] }))).toEqual([
      { chainId, token: A, action: 'transfer', amount: '7' },
    ]);
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'transferFrom', args: [ME, B, 9n] }))[0]).toMatchObject({
      action: 'transfer',
      amount: '9',
    });
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'setApprovalForAll', args: [SPENDER, true] }))).toEqual([
      { chainId, token: A, action: 'approve', spender: SPENDER, unlimited: true },
    ]);
    expect(tx(A, encodeFunctionData({ abi: tokenAbi, functionName: 'setApprovalForAll', args: [SPENDER, false] }))).toEqual([]);
  });
  it('uses tx.chainId over the provider chain', () => {
    const data = encodeFunctionData({ abi: tokenAbi, functionName: 'transfer', args: [B, 1n] });
    expect(tx(A, data, { chainId: '0x2105' })[0]!.chainId).toBe(8453);
  });
  it('Permit2 approve', () => {
    const data = encodeFunctionData({ abi: permit2Abi, functionName: 'approve', args: [A, SPENDER, 2n ** 160n - 1n, 1_900_000_000] });
    expect(tx(ROUTER, data)).toEqual([
      { chainId, token: A, action: 'approve', spender: SPENDER, amount: (2n ** 160n - 1n).toString(), unlimited: true },
    ]);
  });
});

describe('Uniswap V2 router', () => {
  const dl = 2_000_000_000n;
  it('exact-in and exact-out token swaps: sell the first, buy the last', () => {
    const data = encodeFunctionData({ abi: v2RouterAbi, functionName: 'swapExactTokensForTokens', args: [100n, 90n, [A, C, B], ME, dl] });
    expect(tx(ROUTER, data)).toEqual([
      { chainId, token: A, action: 'sell', amount: '100' },
      { chainId, token: B, action: 'buy' },
    ]);
    const out = encodeFunctionData({ abi: v2RouterAbi, functionName: 'swapTokensForExactTokens', args: [50n, 60n, [A, B], ME, dl] });
    expect(tx(ROUTER, out)).toEqual([
      { chainId, token: A, action: 'sell' },
      { chainId, token: B, action: 'buy', amount: '50' },
    ]);
  });
  it('ETH variants leave the native side out', () => {
    const eth = encodeFunctionData({ abi: v2RouterAbi, functionName: 'swapExactETHForTokens', args: [1n, [C, B], ME, dl] });
    expect(tx(ROUTER, eth, { value: '0x10' })).toEqual([{ chainId, token: B, action: 'buy' }]);
    const forEth = encodeFunctionData({ abi: v2RouterAbi, functionName: 'swapExactTokensForETH', args: [3n, 1n, [A, C], ME, dl] });
    expect(tx(ROUTER, forEth)).toEqual([{ chainId, token: A, action: 'sell', amount: '3' }]);
    const exactEth = encodeFunctionData({ abi: v2RouterAbi, functionName: 'swapETHForExactTokens', args: [8n, [C, B], ME, dl] });
    expect(tx(ROUTER, exactEth)).toEqual([{ chainId, token: B, action: 'buy', amount: '8' }]);
    const fot = encodeFunctionData({
      abi: v2RouterAbi,
      functionName: 'swapExactTokensForETHSupportingFeeOnTransferTokens',
      args: [4n, 1n, [A, C], ME, dl],
    });
    expect(tx(ROUTER, fot)).toEqual([{ chainId, token: A, action: 'sell', amount: '4' }]);
  });
});

describe('Uniswap V3 SwapRouter and SwapRouter02', () => {
  const path = encodePacked(['address', 'uint24', 'address', 'uint24', 'address'], [A, 3000, C, 500, B]);
  it('exactInputSingle / exactOutputSingle (with deadline)', () => {
    const data = encodeFunctionData({
      abi: v3RouterAbi,
      functionName: 'exactInputSingle',
      args: [{ tokenIn: A, tokenOut: B, fee: 3000, recipient: ME, deadline: 1n, amountIn: 10n, amountOutMinimum: 1n, sqrtPriceLimitX96: 0n }],
    });
    expect(tx(ROUTER, data)).toEqual([
      { chainId, token: A, action: 'sell', amount: '10' },
      { chainId, token: B, action: 'buy' },
    ]);
    const out = encodeFunctionData({
      abi: v3RouterAbi,
      functionName: 'exactOutputSingle',
      args: [{ tokenIn: A, tokenOut: B, fee: 3000, recipient: ME, deadline: 1n, amountOut: 11n, amountInMaximum: 99n, sqrtPriceLimitX96: 0n }],
    });
    expect(tx(ROUTER, out)[1]).toEqual({ chainId, token: B, action: 'buy', amount: '11' });
  });
  it('exactInput decodes the packed path; exactOutput reads it backwards', () => {
    const data = encodeFunctionData({
      abi: v3RouterAbi,
      functionName: 'exactInput',
      args: [{ path, recipient: ME, deadline: 1n, amountIn: 10n, amountOutMinimum: 1n }],
    });
    expect(tx(ROUTER, data).map((t) => [t.token, t.action])).toEqual([
      [A, 'sell'],
      [B, 'buy'],
    ]);
    const reversed = encodePacked(['address', 'uint24', 'address'], [B, 3000, A]);
    const out = encodeFunctionData({
      abi: swapRouter02Abi,
      functionName: 'exactOutput',
      args: [{ path: reversed, recipient: ME, amountOut: 5n, amountInMaximum: 9n }],
    });
    expect(tx(ROUTER, out)).toEqual([
      { chainId, token: A, action: 'sell' },
      { chainId, token: B, action: 'buy', amount: '5' },
    ]);
  });
  it('SwapRouter02 multicall(deadline, bytes[]) unwraps every inner call', () => {
    const inner1 = encodeFunctionData({
      abi: swapRouter02Abi,
      functionName: 'exactInputSingle',
      args: [{ tokenIn: A, tokenOut: B, fee: 500, recipient: ME, amountIn: 1n, amountOutMinimum: 0n, sqrtPriceLimitX96: 0n }],
    });
    const inner2 = encodeFunctionData({ abi: v2RouterAbi, functionName: 'swapExactTokensForTokens', args: [2n, 0n, [C, A], ME] });
    const mc = encodeFunctionData({
      abi: parseAbi(['function multicall(uint256 deadline, bytes[] data)']),
      functionName: 'multicall',
      args: [123n, [inner1, inner2]],
    });
    expect(tx(ROUTER, mc).map((t) => `${t.action}:${t.token}`)).toEqual([`sell:${A}`, `buy:${B}`, `sell:${C}`, `buy:${A}`]);
  });
});

describe('Universal Router execute', () => {
  const v3 = parseAbiParameters('address, uint256, uint256, bytes, bool');
  const v2 = parseAbiParameters('address, uint256, uint256, address[], bool');
  const permitSingle = parseAbiParameters(
    '((address token, uint160 amount, uint48 expiration, uint48 nonce) details, address spender, uint256 sigDeadline), bytes',
  );
  const permitBatch = parseAbiParameters(
    '((address token, uint160 amount, uint48 expiration, uint48 nonce)[] details, address spender, uint256 sigDeadline), bytes',
  );
  const exec = (commands: Hex, inputs: Hex[], deadline = true) =>
    deadline
      ? encodeFunctionData({ abi: universalRouterAbi, functionName: 'execute', args: [commands, inputs, 99n] })
      : encodeFunctionData({ abi: universalRouterAbi, functionName: 'execute', args: [commands, inputs] });

  it('PERMIT2_PERMIT + V2_SWAP_EXACT_IN, with and without deadline', () => {
    const permit = encodeAbiParameters(permitSingle, [
      { details: { token: A, amount: 2n ** 160n - 1n, expiration: 1, nonce: 0 }, spender: ROUTER, sigDeadline: 1n },
      '0x1234',
    ]);
    const swap = encodeAbiParameters(v2, [ME, 100n, 1n, [A, B], true]);
    for (const dl of [true, false]) {
      expect(tx(ROUTER, exec('0x0a08', [permit, swap], dl))).toEqual([
        { chainId, token: A, action: 'permit', spender: ROUTER, amount: (2n ** 160n - 1n).toString(), unlimited: true },
        { chainId, token: A, action: 'sell', amount: '100' },
        { chainId, token: B, action: 'buy' },
      ]);
    }
  });
  it('V3 exact in/out, V2 exact out, PERMIT2_TRANSFER_FROM, PERMIT2_PERMIT_BATCH; WRAP/UNWRAP skipped; allow-revert bit ignored', () => {
    const path = encodePacked(['address', 'uint24', 'address'], [A, 500, B]);
    const reversed = encodePacked(['address', 'uint24', 'address'], [B, 500, A]);
    const wrap = encodeAbiParameters(parseAbiParameters('address, uint256'), [ME, 1n]);
    const inputs: Hex[] = [
      wrap,
      encodeAbiParameters(v3, [ME, 10n, 1n, path, true]),
      encodeAbiParameters(v3, [ME, 20n, 99n, reversed, true]),
      encodeAbiParameters(v2, [ME, 30n, 99n, [C, B], true]),
      encodeAbiParameters(parseAbiParameters('address, address, uint160'), [C, ROUTER, 40n]),
      encodeAbiParameters(permitBatch, [
        {
          details: [
            { token: A, amount: 1n, expiration: 1, nonce: 0 },
            { token: C, amount: 2n, expiration: 1, nonce: 0 },
          ],
          spender: ROUTER,
          sigDeadline: 1n,
        },
        '0x',
      ]),
      wrap,
    ];
    const found = tx(ROUTER, exec('0x0b00810902030c', inputs));
    expect(found.map((t) => `${t.action}:${t.token}:${t.amount ?? ''}`)).toEqual([
      `sell:${A}:10`,
      `buy:${B}:`,
      `sell:${A}:`,
      `buy:${B}:20`,
      `sell:${C}:`,
      `buy:${B}:30`,
      `transfer:${C}:40`,
      `permit:${A}:1`,
      `permit:${C}:2`,
    ]);
  });
});

describe('EIP-7702 and unknown calldata', () => {
  it('an authorizationList names the delegate contract', () => {
    const found = decodeRequest(
      {
        method: 'eth_sendTransaction',
        params: [{ from: ME, to: ME, data: '0x', authorizationList: [{ chainId: '0x1', address: C, nonce: '0x0' }] }],
      },
      1,
    );
    expect(found).toEqual([{ chainId: 1, token: C, action: 'delegate' }]);
  });
  it('unknown, malformed and hostile input yields nothing and never throws', () => {
    expect(tx(ROUTER, '0xdeadbeef00')).toEqual([]);
    expect(tx(ROUTER, '0x095ea7b3' as Hex)).toEqual([]);
    expect(tx(ROUTER, 'not hex' as Hex)).toEqual([]);
    expect(decodeRequest({ method: 'eth_sendTransaction', params: [null] }, 1)).toEqual([]);
    expect(decodeRequest({ method: 'eth_sendTransaction', params: 'x' }, 1)).toEqual([]);
    expect(decodeRequest({ method: 'eth_sendTransaction', params: [{ to: A, data: '0x' }] }, null)).toEqual([]);
    const evil = {
      get to() {
        throw new Error('boom');
      },
    };
    expect(decodeRequest({ method: 'eth_sendTransaction', params: [evil] }, 1)).toEqual([]);
    expect(decodeRequest({ method: 'eth_call', params: [{ to: A, data: '0x' }] }, 1)).toEqual([]);
  });
});
