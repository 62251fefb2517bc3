import { getAddress, keccak256, stringToHex, type Address, type Hex, type PublicClient } from 'viem';
import { accessControlAbi } from './abis';
import { findCreationBlock } from '../token/findCreationBlock';
import { collectLogs } from './collectLogs';
import { multicallOutcomes } from '../reads/readOutcome';

export const ROLE_GRANTED_TOPIC: Hex = '0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d';
export const ROLE_REVOKED_TOPIC: Hex = '0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b';

const ROLE_NAMES = [
  'MINTER_ROLE',
  'BURNER_ROLE',
  'PAUSER_ROLE',
  'UPGRADER_ROLE',
  'BLACKLISTER_ROLE',
  'BLOCKLISTER_ROLE',
  'FREEZER_ROLE',
  'ADMIN_ROLE',
  'OPERATOR_ROLE',
  'MANAGER_ROLE',
  'FEE_MANAGER_ROLE',
  'PROPOSER_ROLE',
  'EXECUTOR_ROLE',
  'CANCELLER_ROLE',
  'TIMELOCK_ADMIN_ROLE',
] as const;

export const DEFAULT_ADMIN_ROLE: Hex = `0x${'0'.repeat(64)}`;

/** keccak256(name) → name for the conventional role names; built lazily, once. */
let roleNames: Map<Hex, string> | undefined;
export function roleName(role: Hex): string | undefined {
  if (!roleNames) {
    roleNames = new Map<Hex, string>([[DEFAULT_ADMIN_ROLE, 'DEFAULT_ADMIN_ROLE']]);
    for (const n of ROLE_NAMES) roleNames.set(keccak256(stringToHex(n)), n);
  }
  return roleNames.get(role.toLowerCase() as Hex);
}

export interface RoleMembers {
  role: Hex;
  name?: string;
  members: Address[];
}

/**
 * AccessControl roles replayed from RoleGranted/RoleRevoked logs, then each surviving member
 * re-checked with hasRole at the pinned block (one multicall): the chain's answer wins.
 */
export async function readRoles(
  client: PublicClient,
  params: { address: Address; blockNumber: bigint; fromBlock?: bigint; signal?: AbortSignal },
): Promise<RoleMembers[]> {
  const logs = await collectLogs(client, {
    address: params.address,
    topics: [[ROLE_GRANTED_TOPIC, ROLE_REVOKED_TOPIC]],
    fromBlock: params.fromBlock ?? (await findCreationBlock(client, { address: params.address, toBlock: params.blockNumber, signal: params.signal })),
    signal: params.signal,
    toBlock: params.blockNumber,
  });
  // Logs arrive in chunks; order by (block, index) so a revoke after a grant wins.
  logs.sort((a, b) => Number(BigInt(a.blockNumber) - BigInt(b.blockNumber)) || Number(BigInt(a.logIndex) - BigInt(b.logIndex)));
  const members = new Map<Hex, Set<Address>>();
  for (const log of logs) {
    const [topic, role, account] = log.topics;
    if (!role || !account) continue;
    const key = role.toLowerCase() as Hex;
    const set = members.get(key) ?? new Set<Address>();
    members.set(key, set);
    const who = getAddress(`0x${account.slice(-40)}`);
    if (topic === ROLE_GRANTED_TOPIC) set.add(who);
    else set.delete(who);
  }
  const pairs = [...members].flatMap(([role, set]) => [...set].map((account) => ({ role, account })));
  const checks = pairs.length
    ? await multicallOutcomes(client, {
        contracts: pairs.map(({ role, account }) => ({
          address: params.address,
          abi: accessControlAbi,
          functionName: 'hasRole' as const,
          args: [role, account] as const,
        })),
        blockNumber: params.blockNumber,
        what: 'checking hasRole',
      })
    : [];
  const verified = new Map<Hex, Address[]>([...members.keys()].map((r) => [r, []]));
  pairs.forEach(({ role, account }, i) => {
    const r = checks[i];
    // A failed check keeps the log's answer; only an explicit `false` removes a member.
    if (!(r?.status === 'success' && r.result === false)) verified.get(role)!.push(account);
  });
  return [...verified].map(([role, list]) => ({ role, name: roleName(role), members: list }));
}
