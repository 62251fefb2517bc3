/**
 * The demo dapp: one row per demo token with Approve and Swap buttons, and a batch button that
 * sends approve + swap as one wallet_sendCalls. It talks to window.ethereum (the built-in test
 * wallet, or Whale Lens's guard in front of it) with plain EIP-1193 requests. Text only: every
 * string goes in through textContent.
 */
import { encodeFunctionData, erc20Abi, maxUint256, parseAbi, parseEther, type Address, type Hex } from 'viem';
import type { DemoPageConfig } from './config';

const cfg = (window as unknown as { __DEMO: DemoPageConfig }).__DEMO;
const eth = (window as unknown as { ethereum: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } }).ethereum;
const routerAbi = parseAbi([
  'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable returns (uint256[])',
]);

const tokenOf = (key: string) => {
  const t = cfg.tokens.find((x) => x.key === key);
  if (!t) throw new Error(`no demo token "${key}"`);
  return t;
};
const account = async () => ((await eth.request({ method: 'eth_requestAccounts' })) as Address[])[0]!;
const approveData = (amount: bigint) => encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [cfg.router, amount] });
const swapData = (token: Address, to: Address) =>
  encodeFunctionData({ abi: routerAbi, functionName: 'swapExactETHForTokens', args: [0n, [cfg.weth, token], to, 2n ** 40n] });
const hex = (n: bigint) => `0x${n.toString(16)}` as Hex;

const demo = {
  /** approve(router, amount) on the token; unlimited by default, like most dapps. */
  async approve(key: string, amount: string = maxUint256.toString()) {
    const from = await account();
    return eth.request({ method: 'eth_sendTransaction', params: [{ from, to: tokenOf(key).address, data: approveData(BigInt(amount)) }] });
  },
  /** Swaps 0.01 ETH for the token through Uniswap V2's router. */
  async swap(key: string) {
    const from = await account();
    const data = swapData(tokenOf(key).address, from);
    return eth.request({ method: 'eth_sendTransaction', params: [{ from, to: cfg.router, data, value: hex(parseEther('0.01')) }] });
  },
  /** approve + swap in one EIP-5792 batch. */
  async batch(key: string) {
    const from = await account();
    const t = tokenOf(key).address;
    const chainId = (await eth.request({ method: 'eth_chainId' })) as Hex;
    const calls = [
      { to: t, data: approveData(maxUint256), value: '0x0' },
      { to: cfg.router, data: swapData(t, from), value: hex(parseEther('0.01')) },
    ];
    return eth.request({ method: 'wallet_sendCalls', params: [{ version: '2.0.0', chainId, from, atomicRequired: false, calls }] });
  },
};
(window as unknown as { demo: typeof demo }).demo = demo;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function log(line: string) {
  const out = document.getElementById('log')!;
  out.prepend(el('li', `${new Date().toLocaleTimeString()}  ${line}`));
}

function button(label: string, run: () => Promise<unknown>) {
  const b = el('button', label);
  b.addEventListener('click', () => {
    log(`${label}: waiting for the wallet…`);
    run().then(
      (r) => log(`${label}: sent ${typeof r === 'string' ? r : JSON.stringify(r)}`),
      (e: { code?: number; message?: string }) => log(`${label}: ${e?.code === 4001 ? 'cancelled (4001)' : 'failed'} ${e?.message ?? ''}`),
    );
  });
  return b;
}

function render() {
  const here = cfg.tokens.find((t) => t.key === cfg.pageToken);
  document.getElementById('title')!.textContent = here ? `Trade ${here.symbol}` : 'Whale Lens demo dapp';
  const rows = document.getElementById('tokens')!;
  for (const t of cfg.tokens) {
    const tr = el('tr', undefined, t.key === cfg.pageToken ? 'current' : '');
    const name = el('td');
    const link = el('a', t.symbol);
    link.href = t.url;
    name.append(link);
    tr.append(name, el('td', t.story), el('td', t.address, 'addr'));
    const actions = el('td');
    actions.append(
      button(`Approve ${t.symbol}`, () => demo.approve(t.key)),
      button(`Swap for ${t.symbol}`, () => demo.swap(t.key)),
    );
    actions.append(button(`Batch ${t.symbol}`, () => demo.batch(t.key)));
    tr.append(actions);
    rows.append(tr);
  }
}
render();
