import { describe, expect, it } from 'vitest';
import { encodeFunctionData, getAddress, maxUint256, parseGwei } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { inspectRequest } from '../../lib/guard/decode/request';
import { tokenAbi } from '../../lib/guard/decode/erc20';
import { NO_CHAIN_NOTE } from '../../lib/guard/decode/doubts';
import { guardView, nextStep, tokenView, withDoubts } from '../../lib/guard/decide';
import { runGuard } from '../../lib/guard/flow';
import { ready } from './flow-support';

const TOKEN = getAddress('0x1111111111111111111111111111111111111111');
const OTHER = getAddress('0x2222222222222222222222222222222222222222');
const SPENDER = getAddress('0x4444444444444444444444444444444444444444');
const approve = (amount: bigint) => encodeFunctionData({ abi: tokenAbi, functionName: 'approve', args: [SPENDER, amount] });
const tx = (fields: Record<string, unknown>) => ({ method: 'eth_sendTransaction', params: [{ from: SPENDER, to: TOKEN, ...fields }] });

describe('what the guard cannot vouch for', () => {
  it('unknown chain (wallet slow, no chainId in the tx): the token is named but "could not verify"', () => {
    const r = inspectRequest(tx({ data: approve(1n) }), null);
    expect(r.touches).toEqual([]);
    expect(r.doubts).toEqual([{ chainId: 0, token: TOKEN, note: NO_CHAIN_NOTE }]);
    // A chainId in the transaction itself is enough.
    expect(inspectRequest(tx({ data: approve(1n), chainId: '0xa' }), null)).toMatchObject({ touches: [{ chainId: 10, token: TOKEN }], doubts: [] });
  });

  it('data and input disagree: both are decoded, and the difference is a doubt', () => {
    const r = inspectRequest({ method: 'eth_sendTransaction', params: [{ to: TOKEN, data: '0x', input: approve(maxUint256) }] }, 1);
    expect(r.touches).toMatchObject([{ token: TOKEN, action: 'approve', unlimited: true }]);
    expect(r.doubts).toMatchObject([{ token: TOKEN, note: expect.stringMatching(/data and input/) }]);
    // Equal fields are fine.
    expect(inspectRequest(tx({ data: approve(1n), input: approve(1n) }), 1).doubts).toEqual([]);
  });

  it('malformed, cut-short and oversized calldata are doubts; an unknown contract call is not', () => {
    expect(inspectRequest(tx({ data: '0xzz' }), 1).doubts[0]!.note).toMatch(/malformed/);
    expect(inspectRequest(tx({ data: approve(1n).slice(0, 40) }), 1).doubts[0]!.note).toMatch(/cut short/);
    expect(inspectRequest(tx({ data: approve(1n) + '00'.repeat(200_000) }), 1).doubts[0]!.note).toMatch(/too large/);
    expect(inspectRequest(tx({ data: '0xdeadbeef' + '00'.repeat(64) }), 1)).toEqual({ touches: [], doubts: [] });
  });

  it('eth_signTransaction is decoded like eth_sendTransaction; eth_sendRawTransaction is parsed', async () => {
    expect(inspectRequest({ method: 'eth_signTransaction', params: [{ to: TOKEN, data: approve(5n), chainId: 1 }] }, null).touches).toMatchObject([
      { chainId: 1, token: TOKEN, action: 'approve', amount: '5' },
    ]);
    const account = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
    const raw = await account.signTransaction({
      to: TOKEN,
      data: approve(7n),
      chainId: 8453,
      nonce: 0,
      gas: 60_000n,
      maxFeePerGas: parseGwei('1'),
      maxPriorityFeePerGas: 1n,
    });
    expect(inspectRequest({ method: 'eth_sendRawTransaction', params: [raw] }, null).touches).toMatchObject([
      { chainId: 8453, token: TOKEN, amount: '7' },
    ]);
    expect(inspectRequest({ method: 'eth_sendRawTransaction', params: ['0x1234'] }, 1).doubts[0]!.note).toMatch(/could not read/);
  });

  it('a doubt on a healthy token makes it "could not verify"; a doubt of its own is shown too', () => {
    const healthy = tokenView([{ chainId: 1, token: TOKEN, action: 'approve' }], ready([]));
    expect(healthy.status).toBe('ok');
    const v = guardView(
      withDoubts(
        [healthy],
        [
          { chainId: 1, token: TOKEN, note: 'two calldata fields' },
          { chainId: 1, token: OTHER, note: 'odd' },
        ],
      ),
    );
    expect(v.headline).toBe('unknown');
    expect(v.tokens.map((t) => [t.token, t.status])).toEqual([
      [TOKEN, 'unknown'],
      [OTHER, 'unknown'],
    ]);
    expect(nextStep(v, false)).toBe('show');
  });

  it('a request with only doubts still opens the dialog at once', async () => {
    const shown: string[] = [];
    let choose: ((d: 'forward' | 'reject', x: boolean) => void) | null = null;
    const p = runGuard(
      [],
      {
        ask: async () => ready([]),
        dismiss: async () => undefined,
        show: (view, _t, c) => {
          shown.push(view.headline);
          choose = c;
          return { update: () => undefined, close: () => undefined };
        },
      },
      [{ chainId: 0, token: TOKEN, note: NO_CHAIN_NOTE }],
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(shown).toEqual(['unknown']);
    choose!('reject', false);
    await expect(p).resolves.toBe('reject');
  });
});
