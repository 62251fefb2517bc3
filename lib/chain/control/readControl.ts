import { getAddress, type Address, type PublicClient } from 'viem';
import type { ControlSection, OwnerInfo, ProxyInfo } from '../../report/types';
import { oneLine } from '../../errors';
import { mapChainError, NotAContractError } from '../errors';
import { ownableAbi } from './abis';
import { bytecodeSelectors } from './bytecodeSelectors';
import { describeAddresses } from './describeAddresses';
import { readEip1967Slots, type Eip1967Slots } from './eip1967';
import { MARKER_SELECTORS } from './knownSelectors';
import { privilegesFrom } from './privileges';
import { multicallOutcomes } from '../reads/readOutcome';
import { readRoles, type RoleMembers } from './roles';
import { readNamedPowers } from './namedPowers';
import { applyNamedPowers, namedPowerAddresses, namedPrivilegeHolders } from './applyNamedPowers';

export interface ReadControlParams {
  address: Address;
  blockNumber: bigint;
  /** Where role logs start (the token's creation block when known, or its search still running). */
  fromBlock?: bigint | PromiseLike<bigint | undefined>;
  signal?: AbortSignal;
}

/**
 * owner() then getOwner() of each address, one multicall; null where both revert. A call the
 * RPC did not carry out is retried, then fails the read: "no owner" must never stand for "no answer".
 */
async function readOwners(client: PublicClient, addresses: Address[], blockNumber: bigint): Promise<(Address | null)[]> {
  if (addresses.length === 0) return [];
  const res = await multicallOutcomes(client, {
    contracts: addresses.flatMap((address) => [
      { address, abi: ownableAbi, functionName: 'owner' } as const,
      { address, abi: ownableAbi, functionName: 'getOwner' } as const,
    ]),
    blockNumber,
    what: 'reading owner()',
  });
  return addresses.map((_, i) => {
    const hit = [res[i * 2], res[i * 2 + 1]].find((r) => r?.status === 'success');
    return hit ? getAddress(hit.result as Address) : null;
  });
}

function proxyStandard(slots: Eip1967Slots, implSelectors: Set<string>): ProxyInfo['standard'] {
  if (slots.beacon) return 'eip1967-beacon';
  if (slots.admin) return 'eip1967-transparent';
  if (implSelectors.has(MARKER_SELECTORS.proxiableUUID.selector)) return 'eip1967-uups';
  return 'eip1967';
}

/**
 * Who controls a token at a pinned block: its owner (EOA, Safe n-of-m, timelock, renounced),
 * its EIP-1967 proxy and who can upgrade it, AccessControl roles, and the privileges its
 * bytecode exposes with their holders.
 */
export async function readControl(client: PublicClient, params: ReadControlParams): Promise<ControlSection> {
  try {
    return await readControlUnmapped(client, params);
  } catch (err) {
    throw mapChainError(err, { what: `reading who controls ${params.address}` });
  }
}

async function readControlUnmapped(client: PublicClient, params: ReadControlParams): Promise<ControlSection> {
  const address = getAddress(params.address);
  const { blockNumber } = params;
  const [code, slots, [ownerAddress]] = await Promise.all([
    client.getCode({ address, blockNumber }),
    readEip1967Slots(client, { address, blockNumber }),
    readOwners(client, [address], blockNumber),
  ]);

  if (!code || code === '0x') throw new NotAContractError(address, blockNumber);

  const side = [slots.admin, slots.beacon].filter((a): a is Address => !!a);
  const [implCode, sideOwners] = await Promise.all([
    slots.implementation ? client.getCode({ address: slots.implementation, blockNumber }) : Promise.resolve(undefined),
    readOwners(client, side, blockNumber),
  ]);
  const adminOwner = slots.admin ? sideOwners[0] : null;
  const beaconOwner = slots.beacon ? sideOwners[slots.admin ? 1 : 0] : null;

  const implSelectors = bytecodeSelectors(implCode);
  const selectors = new Set([...bytecodeSelectors(code), ...implSelectors]);
  let roles: RoleMembers[] = [];
  let rolesError: string | undefined;
  if (selectors.has(MARKER_SELECTORS.hasRole.selector)) {
    try {
      roles = await readRoles(client, { address, blockNumber, fromBlock: await params.fromBlock, signal: params.signal });
    } catch (err) {
      if (params.signal?.aborted) throw err;
      // Who holds role-gated privileges is then unknown — never guessed from the owner.
      rolesError = oneLine(mapChainError(err, { what: 'reading AccessControl roles' }));
    }
  }

  const named = await readNamedPowers(client, {
    address,
    blockNumber,
    fromBlock: await params.fromBlock,
    selectors,
    ownerIsZero: !!ownerAddress && /^0x0{40}$/.test(ownerAddress),
    signal: params.signal,
  }).catch((err) => {
    if (params.signal?.aborted) throw err;
    return undefined;
  });
  const toDescribe = [
    ownerAddress,
    slots.admin,
    adminOwner,
    beaconOwner,
    ...roles.flatMap((r) => r.members),
    ...(named ? namedPowerAddresses(named) : []),
  ];
  const described = await describeAddresses(client, {
    addresses: toDescribe.filter((a): a is Address => !!a),
    blockNumber,
  });
  const describe = (a: Address) => described.get(getAddress(a));

  const owner: OwnerInfo = ownerAddress ? (describe(ownerAddress) ?? { address: ownerAddress, kind: 'unknown' }) : { address: null, kind: 'none' };

  let proxy: ProxyInfo | undefined;
  if (slots.implementation) {
    proxy = { standard: proxyStandard(slots, implSelectors), implementation: slots.implementation };
    if (slots.layout !== 'eip1967') proxy.layout = slots.layout;
    if (slots.admin) {
      proxy.admin = slots.admin;
      const kind = describe(slots.admin)?.kind;
      proxy.adminKind = kind === 'renounced' || kind === 'none' || !kind ? 'unknown' : kind;
      if (adminOwner) proxy.adminOwner = describe(adminOwner) ?? { address: adminOwner, kind: 'unknown' };
    }
    if (slots.beacon) proxy.beacon = slots.beacon;
  }

  const privileges = privilegesFrom({
    selectors,
    owner,
    proxy,
    beaconOwner: beaconOwner ? describe(beaconOwner) : undefined,
    roles,
    rolesError,
    describe,
    named: named ? namedPrivilegeHolders(named) : undefined,
    wardCount: named?.wards?.length,
  });
  const section: ControlSection = { owner, privileges };
  if (named) applyNamedPowers(section, named, describe, roles.find((r) => r.name === 'DEFAULT_ADMIN_ROLE')?.members ?? []);
  if (proxy) section.proxy = proxy;
  if (roles.length) section.roles = roles.map((r) => ({ role: r.role, ...(r.name ? { name: r.name } : {}), members: r.members }));
  return section;
}
