/** A dapp using viem's wallet client over window.ethereum. */
import { createWalletClient, custom, erc20Abi, type Address } from 'viem';

const eth = (window as unknown as { ethereum: Parameters<typeof custom>[0] }).ethereum;

async function client() {
  const c = createWalletClient({ transport: custom(eth) });
  const [account] = await c.requestAddresses();
  const chainId = await c.getChainId();
  return {
    c,
    account: account!,
    chain: { id: chainId, name: 'anvil', nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [] } } },
  };
}

(window as unknown as Record<string, unknown>).dapp = {
  async approve(token: Address, spender: Address, amount: string) {
    const { c, account, chain } = await client();
    return c.writeContract({ address: token, abi: erc20Abi, functionName: 'approve', args: [spender, BigInt(amount)], account, chain });
  },
  async sendEth(to: Address) {
    const { c, account, chain } = await client();
    return c.sendTransaction({ to, value: 1n, account, chain });
  },
  chainId: () => eth.request({ method: 'eth_chainId' }),
  rawChainId: () => (window as unknown as { __rawWallet: typeof eth }).__rawWallet.request({ method: 'eth_chainId' }),
};
