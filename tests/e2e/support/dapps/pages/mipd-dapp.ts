/** A dapp that finds its wallet through EIP-6963 (mipd) and sends an EIP-5792 batch with viem. */
import { createStore } from 'mipd';
import { createWalletClient, custom, encodeFunctionData, erc20Abi, type Address } from 'viem';

const store = createStore();

function provider() {
  const found = store.findProvider({ rdns: 'dev.whalelens.testwallet' });
  if (!found) throw new Error('test wallet not announced');
  return found.provider;
}

(window as unknown as Record<string, unknown>).dapp = {
  announced: () => store.getProviders().map((p) => p.info.rdns),
  async batch(calls: { token: Address; to: Address; amount: string; kind: 'transfer' | 'approve' }[]) {
    const c = createWalletClient({ transport: custom(provider()) });
    const [account] = await c.requestAddresses();
    const chainId = await c.getChainId();
    const chain = { id: chainId, name: 'anvil', nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [] } } };
    const result = await c.sendCalls({
      account: account!,
      chain,
      calls: calls.map((x) => ({
        to: x.token,
        data: encodeFunctionData({ abi: erc20Abi, functionName: x.kind, args: [x.to, BigInt(x.amount)] }),
      })),
    });
    return result.id;
  },
};
