/** A dapp using ethers v6 BrowserProvider over window.ethereum. */
import { BrowserProvider, Contract } from 'ethers';

const abi = ['function approve(address spender, uint256 amount) returns (bool)', 'function transfer(address to, uint256 amount) returns (bool)'];

(window as unknown as Record<string, unknown>).dapp = {
  async approve(token: string, spender: string, amount: string) {
    const provider = new BrowserProvider((window as unknown as { ethereum: never }).ethereum);
    const signer = await provider.getSigner();
    const tx = await new Contract(token, abi, signer).getFunction('approve')(spender, BigInt(amount));
    return tx.hash as string;
  },
  /** eth_signTransaction, then eth_sendRawTransaction of the signed bytes. */
  async signThenSend(token: string, spender: string, amount: string) {
    const provider = new BrowserProvider((window as unknown as { ethereum: never }).ethereum);
    const signer = await provider.getSigner();
    const c = new Contract(token, abi, signer);
    const tx = await signer.populateTransaction(await c.getFunction('approve').populateTransaction(spender, BigInt(amount)));
    const raw = await signer.signTransaction(tx);
    return (await provider.broadcastTransaction(raw)).hash;
  },
};
