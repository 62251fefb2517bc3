/**
 * viem clients on an Anvil node plus deploy helpers for compiled test contracts
 * and the Uniswap V2 artifacts shipped in their npm packages.
 */
import { createRequire } from 'node:module';
import { createPublicClient, createTestClient, createWalletClient, http, publicActions, type Abi, type Address, type Chain, type Hex } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { loadContracts, type Artifact } from './compile';
import type { AnvilNode } from './anvil';

const require = createRequire(import.meta.url);
export const MULTICALL3 = '0xcA11bde05977b3631167028862bE2a173976CA11' as const;
const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

/** Anvil's ten funded, unlocked accounts. */
export const accounts = Array.from({ length: 10 }, (_, i) => mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: i }));

export function chainFor(node: AnvilNode): Chain {
  return {
    ...foundry,
    id: node.chainId,
    rpcUrls: { default: { http: [node.rpcUrl] } },
    contracts: { multicall3: { address: MULTICALL3, blockCreated: 0 } },
  };
}

export function clientsFor(node: AnvilNode) {
  const chain = chainFor(node);
  const transport = http(node.rpcUrl);
  return {
    chain,
    public: createPublicClient({ chain, transport }),
    wallet: createWalletClient({ chain, transport, account: accounts[0] }).extend(publicActions),
    test: createTestClient({ chain, transport, mode: 'anvil' }),
  };
}
export type Clients = ReturnType<typeof clientsFor>;

/** Puts Multicall3's runtime code at its canonical address (as on every public chain). */
export async function installMulticall3(c: Clients): Promise<void> {
  const art = loadContracts().Multicall3;
  await c.test.setCode({ address: MULTICALL3, bytecode: art.deployedBytecode });
}

export async function deployArtifact(
  c: Clients,
  art: { abi: Abi; bytecode: Hex },
  args: readonly unknown[] = [],
  from = accounts[0],
): Promise<Address> {
  const hash = await c.wallet.deployContract({ abi: art.abi, bytecode: art.bytecode, args, account: from });
  const receipt = await c.public.waitForTransactionReceipt({ hash });
  if (!receipt.contractAddress) throw new Error('deployment failed');
  return receipt.contractAddress;
}

/** Deploys a contract from tests/support/contracts by name. */
export function deploy(c: Clients, name: string, args: readonly unknown[] = [], from = accounts[0]) {
  const art: Artifact | undefined = loadContracts()[name];
  if (!art) throw new Error(`no compiled contract named ${name}`);
  return deployArtifact(c, art, args, from);
}

/** Uniswap V2 artifact from @uniswap/v2-core or v2-periphery (e.g. 'UniswapV2Factory', 'UniswapV2Router02', 'WETH9'). */
export function uniswapV2Artifact(name: string): { abi: Abi; bytecode: Hex } {
  for (const pkg of ['@uniswap/v2-core', '@uniswap/v2-periphery']) {
    try {
      const json = require(`${pkg}/build/${name}.json`);
      const bytecode = json.bytecode ?? json.evm?.bytecode?.object;
      return { abi: json.abi, bytecode: (bytecode.startsWith('0x') ? bytecode : `0x${bytecode}`) as Hex };
    } catch {
      // try the next package
    }
  }
  throw new Error(`no Uniswap V2 artifact named ${name}`);
}
