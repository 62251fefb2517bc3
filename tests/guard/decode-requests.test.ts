import { describe, expect, it } from 'vitest';
import { encodeFunctionData, getAddress, maxUint256 } from 'viem';
import { decodeRequest } from '../../lib/guard/decode/request';
import { tokenAbi } from '../../lib/guard/decode/erc20';
import { PERMIT2_ADDRESS } from '../../lib/guard/decode/permit2';

const TOKEN = getAddress('0x1111111111111111111111111111111111111111');
const T2 = getAddress('0x2222222222222222222222222222222222222222');
const SPENDER = getAddress('0x4444444444444444444444444444444444444444');
const ME = getAddress('0x5555555555555555555555555555555555555555');

const permitTypes = {
  EIP712Domain: [
    { name: 'name', type: 'string' },
    { name: 'version', type: 'string' },
    { name: 'chainId', type: 'uint256' },
    { name: 'verifyingContract', type: 'address' },
  ],
  Permit: [
    { name: 'owner', type: 'address' },
    { name: 'spender', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
};

describe('eth_signTypedData', () => {
  it('EIP-2612 Permit: the token is the domain verifyingContract, chainId from the domain (v4 JSON string)', () => {
    const data = JSON.stringify({
      types: permitTypes,
      primaryType: 'Permit',
      domain: { name: 'Tok', version: '1', chainId: 10, verifyingContract: TOKEN.toLowerCase() },
      message: { owner: ME, spender: SPENDER, value: maxUint256.toString(), nonce: 0, deadline: 1 },
    });
    expect(decodeRequest({ method: 'eth_signTypedData_v4', params: [ME, data] }, 1)).toEqual([
      { chainId: 10, token: TOKEN, action: 'permit', spender: SPENDER, amount: maxUint256.toString(), unlimited: true },
    ]);
  });
  it('v3 with an object payload, and DAI-style allowed=true permits', () => {
    const dai = {
      types: {},
      primaryType: 'Permit',
      domain: { chainId: '0x1', verifyingContract: TOKEN },
      message: { holder: ME, spender: SPENDER, nonce: 1, expiry: 0, allowed: true },
    };
    expect(decodeRequest({ method: 'eth_signTypedData_v3', params: [ME, dai] }, null)).toEqual([
      { chainId: 1, token: TOKEN, action: 'permit', spender: SPENDER, unlimited: true },
    ]);
  });
  const p2 = (primaryType: string, message: unknown) =>
    decodeRequest(
      {
        method: 'eth_signTypedData_v4',
        params: [
          ME,
          JSON.stringify({ types: {}, primaryType, domain: { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2_ADDRESS }, message }),
        ],
      },
      null,
    );
  it('Permit2 PermitSingle and PermitBatch', () => {
    expect(p2('PermitSingle', { details: { token: TOKEN, amount: '1000', expiration: 1, nonce: 0 }, spender: SPENDER, sigDeadline: 1 })).toEqual([
      { chainId: 1, token: TOKEN, action: 'permit', spender: SPENDER, amount: '1000', unlimited: false },
    ]);
    const batch = p2('PermitBatch', {
      details: [
        { token: TOKEN, amount: '1461501637330902918203684832716283019655932542975', expiration: 1, nonce: 0 },
        { token: T2, amount: '5', expiration: 1, nonce: 0 },
      ],
      spender: SPENDER,
      sigDeadline: 1,
    });
    expect(batch.map((t) => [t.token, t.unlimited])).toEqual([
      [TOKEN, true],
      [T2, false],
    ]);
  });
  it('Permit2 PermitTransferFrom, PermitBatchTransferFrom and the witness variant', () => {
    expect(p2('PermitTransferFrom', { permitted: { token: TOKEN, amount: '7' }, spender: SPENDER, nonce: 1, deadline: 1 })).toEqual([
      { chainId: 1, token: TOKEN, action: 'permit', spender: SPENDER, amount: '7', unlimited: false },
    ]);
    expect(
      p2('PermitBatchTransferFrom', {
        permitted: [
          { token: TOKEN, amount: '1' },
          { token: T2, amount: '2' },
        ],
        spender: SPENDER,
        nonce: 1,
        deadline: 1,
      }),
    ).toHaveLength(2);
    expect(
      p2('PermitWitnessTransferFrom', { permitted: { token: T2, amount: '3' }, spender: SPENDER, nonce: 1, deadline: 1, witness: {} })[0]!.token,
    ).toBe(T2);
  });
  it('unknown typed data (a login message, an order) touches nothing; garbage never throws', () => {
    expect(p2('Mail', { from: 'x' })).toEqual([]);
    expect(decodeRequest({ method: 'eth_signTypedData_v4', params: [ME, '{not json'] }, 1)).toEqual([]);
    expect(
      decodeRequest({ method: 'eth_signTypedData_v4', params: [ME, { message: { permitted: 5 }, primaryType: 'PermitTransferFrom' }] }, 1),
    ).toEqual([]);
  });
});

describe('wallet_sendCalls (EIP-5792)', () => {
  it('decodes every call with the batch chainId', () => {
    const approve = encodeFunctionData({ abi: tokenAbi, functionName: 'approve', args: [SPENDER, maxUint256] });
    const transfer = encodeFunctionData({ abi: tokenAbi, functionName: 'transfer', args: [ME, 5n] });
    const found = decodeRequest(
      {
        method: 'wallet_sendCalls',
        params: [
          {
            version: '2.0.0',
            chainId: '0x89',
            from: ME,
            calls: [
              { to: T2, data: transfer },
              { to: TOKEN, data: approve },
              { to: ME, value: '0x1' },
            ],
          },
        ],
      },
      1,
    );
    expect(found.map((t) => [t.chainId, t.token, t.action])).toEqual([
      [137, T2, 'transfer'],
      [137, TOKEN, 'approve'],
    ]);
  });
});

describe('real-world calldata', () => {
  it('Universal Router on Optimism, tx 0x7e2871f2…6a89: WRAP_ETH + V3_SWAP_EXACT_IN WETH → DAI → sUSD', () => {
    // From questdk-plugins' test fixtures (rabbitholegg), as mined on Optimism.
    const input =
      '0x3593564c000000000000000000000000000000000000000000000000000000000000006000000000000000000000000000000000000000000000000000000000000000a000000000000000000000000000000000000000000000000000000000655bd42b00000000000000000000000000000000000000000000000000000000000000020b000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000a00000000000000000000000000000000000000000000000000000000000000040000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000003782dace9d900000000000000000000000000000000000000000000000000000000000000000120000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000003782dace9d9000000000000000000000000000000000000000000000000001b53d6516f4ad8844c00000000000000000000000000000000000000000000000000000000000000a00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004242000000000000000000000000000000000000060001f4da10009cbd5d07dd0cecc66161fc93d7c9000da10000648c6f28f2f1a3c87f0f938b96d27520d9751ec8d9000000000000000000000000000000000000000000000000000000000000';
    const found = decodeRequest(
      { method: 'eth_sendTransaction', params: [{ to: '0xec8b0f7ffe3ae75d7ffab09429e3675bb63503e4', data: input, value: '0x3782dace9d90000' }] },
      10,
    );
    expect(found).toEqual([
      { chainId: 10, token: '0x4200000000000000000000000000000000000006', action: 'sell', amount: '250000000000000000' },
      { chainId: 10, token: getAddress('0x8c6f28f2f1a3c87f0f938b96d27520d9751ec8d9'), action: 'buy' },
    ]);
  });
  it('Uniswap V2 router on Base, tx 0x6a715a88…22e3: swapExactETHForTokens WETH → token', () => {
    const input =
      '0x7ff36ab5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000800000000000000000000000000303e43f1fe3a6a7b5ea2d8ae2d59511d08f4e040000000000000000000000000000000000000000000000000000000067b301a50000000000000000000000000000000000000000000000000000000000000002000000000000000000000000420000000000000000000000000000000000000600000000000000000000000058895de44e9e4d61f9d96181363171b1300d141c';
    const found = decodeRequest({ method: 'eth_sendTransaction', params: [{ to: '0x4752ba5DBc23f44D87826276BF6Fd6b1C372aD24', input }] }, 8453);
    expect(found).toEqual([{ chainId: 8453, token: getAddress('0x58895de44e9e4d61f9d96181363171b1300d141c'), action: 'buy' }]);
  });
});
