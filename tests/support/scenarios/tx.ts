/** Small helpers the scenarios share: send a contract call and wait for its receipt. */
import { getAddress, type Abi, type Address, type ContractFunctionArgs, type ContractFunctionName } from 'viem';
import { accounts, deploy, type Clients } from '../chain';
import { loadContracts } from '../compile';

export type Account = (typeof accounts)[number];

export function abiOf(name: string): Abi {
  const art = loadContracts()[name];
  if (!art) throw new Error(`no compiled contract named ${name}`);
  return art.abi;
}

/** Sends one transaction and throws unless it was mined successfully. */
export async function send<const abi extends Abi, fn extends ContractFunctionName<abi, 'nonpayable' | 'payable'>>(
  c: Clients,
  call: {
    address: Address;
    abi: abi;
    functionName: fn;
    args?: ContractFunctionArgs<abi, 'nonpayable' | 'payable', fn>;
    value?: bigint;
    account?: Account;
  },
): Promise<void> {
  const { account = accounts[0], ...rest } = call;
  // viem's generic write parameters are too deep to carry through here; the call shape is checked above.
  const hash = await c.wallet.writeContract({ ...(rest as any), account, chain: c.chain });
  const receipt = await c.public.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') throw new Error(`${String(call.functionName)} reverted`);
}

/** deploy() with a checksummed address (receipts give lower case; reports use checksums). */
export async function deployNamed(c: Clients, name: string, args: readonly unknown[] = [], from: Account = accounts[0]): Promise<Address> {
  return getAddress(await deploy(c, name, args, from));
}
