import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnvil, type AnvilNode } from './anvil';
import { clientsFor, installMulticall3, MULTICALL3, type Clients } from './chain';

describe('test harness', () => {
  let node: AnvilNode;
  let c: Clients;
  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
  });
  afterAll(() => node?.stop());

  it('runs a real node with multicall3 at its canonical address', async () => {
    expect(await c.public.getChainId()).toBe(31337);
    const code = await c.public.getCode({ address: MULTICALL3 });
    expect(code && code.length > 2).toBe(true);
    const [block] = await c.public.multicall({
      contracts: [
        {
          address: MULTICALL3,
          abi: [{ type: 'function', name: 'getBlockNumber', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] }],
          functionName: 'getBlockNumber',
        },
      ],
      allowFailure: false,
    });
    expect(typeof block).toBe('bigint');
  });
});
