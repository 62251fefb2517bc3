/**
 * Accounts a token's logs name outside Transfer: many tokens change balances with events of their
 * own (DSToken `Mint`/`Burn`, WETH-style `Deposit`/`Withdrawal`, Tether `Issue`/`Redeem` — which
 * credit the owner and name nobody), and owners and role holders often hold supply minted to them
 * without a Transfer. Every indexed address of these events is a balance to re-read.
 */
import { getAddress, toEventSelector, type Address, type Hex, type PublicClient } from 'viem';
import { collectLogs } from '../control/collectLogs';

/** Events whose indexed addresses may hold supply; the name is what the report says was seen. */
const ACCOUNT_EVENTS: Record<string, string> = {
  Mint: 'event Mint(address indexed to, uint256 amount)',
  Burn: 'event Burn(address indexed from, uint256 amount)',
  MintTo: 'event Mint(address indexed minter, address indexed to, uint256 amount)',
  Deposit: 'event Deposit(address indexed dst, uint256 wad)',
  Withdrawal: 'event Withdrawal(address indexed src, uint256 wad)',
  Issue: 'event Issue(uint256 amount)',
  Redeem: 'event Redeem(uint256 amount)',
  OwnershipTransferred: 'event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)',
  OwnershipTransferStarted: 'event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)',
  RoleGranted: 'event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)',
  MinterConfigured: 'event MinterConfigured(address indexed minter, uint256 minterAllowedAmount)',
  LogSetOwner: 'event LogSetOwner(address indexed owner)',
  LogSetAuthority: 'event LogSetAuthority(address indexed authority)',
};

const NAME_BY_TOPIC = new Map<string, string>(
  Object.entries(ACCOUNT_EVENTS).map(([name, sig]) => [toEventSelector(sig).toLowerCase(), name.replace(/To$/, '')]),
);
export const ACCOUNT_EVENT_TOPICS = [...NAME_BY_TOPIC.keys()] as Hex[];

/** Events that change supply without a Transfer when a token emits no Transfer alongside them. */
export const SUPPLY_EVENT_NAMES = new Set(['Mint', 'Burn', 'Deposit', 'Withdrawal', 'Issue', 'Redeem']);

export interface SupplyEventAccounts {
  /** Checksummed, zero address left out. */
  accounts: Address[];
  /** Event names seen, e.g. ["Issue", "OwnershipTransferred"]. */
  events: string[];
}

const ZERO_WORD_PREFIX = '0x000000000000000000000000';

export async function readSupplyEventAccounts(
  client: PublicClient,
  params: { token: Address; fromBlock: bigint; toBlock: bigint; signal?: AbortSignal },
): Promise<SupplyEventAccounts> {
  const logs = await collectLogs(client, {
    address: params.token,
    topics: [ACCOUNT_EVENT_TOPICS],
    fromBlock: params.fromBlock,
    toBlock: params.toBlock,
    signal: params.signal,
  });
  const accounts = new Set<string>();
  const events = new Set<string>();
  for (const log of logs) {
    const name = NAME_BY_TOPIC.get(log.topics[0]?.toLowerCase() ?? '');
    if (!name) continue;
    events.add(name);
    for (const topic of log.topics.slice(1)) {
      // A bytes32 role id is not an address: only words with 12 leading zero bytes are.
      if (topic.length !== 66 || !topic.toLowerCase().startsWith(ZERO_WORD_PREFIX)) continue;
      const address = `0x${topic.slice(26)}`.toLowerCase();
      if (/^0x0{40}$/.test(address)) continue;
      accounts.add(address);
    }
  }
  return { accounts: [...accounts].map((a) => getAddress(a)), events: [...events].sort() };
}
