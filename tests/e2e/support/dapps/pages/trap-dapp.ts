/**
 * A dapp with its own modal ("Confirm in your wallet") that traps focus while the wallet request
 * runs, using the focus-trap library many modal components build on: it pulls focus back into
 * the modal on focusin, and by default cancels mousedown and stops clicks outside it.
 */
import { createFocusTrap } from 'focus-trap';
import { createWalletClient, custom, erc20Abi, type Address } from 'viem';

const eth = (window as unknown as { ethereum: Parameters<typeof custom>[0] }).ethereum;

(window as unknown as Record<string, unknown>).dapp = {
  async approve(token: Address, spender: Address, amount: string) {
    const modal = document.createElement('div');
    modal.id = 'modal';
    modal.setAttribute('role', 'alertdialog'); // (the test harness finds the guard's own role=dialog)
    modal.style.cssText = 'position:fixed;left:10px;bottom:10px;width:260px;padding:16px;background:#eef;border:1px solid #99c';
    const p = document.createElement('p');
    p.textContent = 'Confirm in your wallet';
    const close = document.createElement('button');
    close.id = 'modal-close';
    close.textContent = 'Close';
    modal.append(p, close);
    document.body.append(modal);
    const trap = createFocusTrap(modal, { escapeDeactivates: false });
    trap.activate();
    (window as unknown as { __trapActive: () => boolean }).__trapActive = () => trap.active;
    try {
      const c = createWalletClient({ transport: custom(eth) });
      const [account] = await c.requestAddresses();
      const chain = {
        id: await c.getChainId(),
        name: 'anvil',
        nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 },
        rpcUrls: { default: { http: [] } },
      };
      return await c.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [spender, BigInt(amount)],
        account: account!,
        chain,
      });
    } finally {
      trap.deactivate();
      modal.remove();
    }
  },
};
