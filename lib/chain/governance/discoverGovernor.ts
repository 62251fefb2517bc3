/**
 * The governor of a token no registry lists, found the way its contracts point to it: from the
 * token's owner / minter / admin to a timelock, from a Compound Timelock to its `admin()`, from an
 * OpenZeppelin TimelockController to its proposers (RoleGranted for PROPOSER_ROLE, re-checked with
 * hasRole at the block), until a contract whose voting token (`token()`, `comp()`, `uni()`) is this
 * token and that answers `proposalThreshold()`. Best effort and bounded: any failure means "not
 * found", and governance is then simply not shown as found (never as safe).
 */
import { getAddress, type Address, type Hex, type PublicClient } from 'viem';
import { collectLogs } from '../control/collectLogs';
import { rawMulticall, type RawResult } from '../rawMulticall';

export interface DiscoveredGovernor {
  governor: Address;
  /** 'admin-role': a holder of the token's AccessControl DEFAULT_ADMIN_ROLE. */
  via: 'owner' | 'minter' | 'admin' | 'admin-role';
  /** From the token's power holder to the governor, e.g. [timelock, governor]. */
  path: Address[];
}

const START: { via: DiscoveredGovernor['via']; callData: Hex }[] = [
  { via: 'owner', callData: '0x8da5cb5b' }, // owner()
  { via: 'owner', callData: '0x893d20e8' }, // getOwner()
  { via: 'minter', callData: '0x07546172' }, // minter()
  { via: 'admin', callData: '0xf851a440' }, // admin()
];

/** Probes on each visited contract, in this order. */
const PROBE = {
  token: '0xfc0c546a',
  comp: '0x109d0af8',
  uni: '0xedc9af95',
  proposalThreshold: '0xb58131b0',
  admin: '0xf851a440',
  delay: '0x6a42b8f8',
  getMinDelay: '0xf27a0c92',
  PROPOSER_ROLE: '0x8f61f4f5',
  owner: '0x8da5cb5b',
} as const satisfies Record<string, Hex>;
const PROBE_NAMES = Object.keys(PROBE) as (keyof typeof PROBE)[];

/** hasRole(DEFAULT_ADMIN_ROLE, address(0)): answers only on an AccessControl token. */
const HAS_ADMIN_ROLE_PROBE = `0x91d14854${'0'.repeat(128)}` as Hex;
const DEFAULT_ADMIN_ROLE = `0x${'0'.repeat(64)}` as Hex;

const ROLE_GRANTED = '0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d';
const HAS_ROLE = '0x91d14854';
const MAX_DEPTH = 4;
const MAX_VISITS = 12;

export async function discoverGovernor(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; fromBlock?: bigint; signal?: AbortSignal },
): Promise<DiscoveredGovernor | undefined> {
  const token = getAddress(params.token);
  const { blockNumber } = params;
  const starts = await rawMulticall(client, {
    calls: [...START.map((s) => ({ target: token, callData: s.callData })), { target: token, callData: HAS_ADMIN_ROLE_PROBE }],
    blockNumber,
  });
  const queue: { at: Address; via: DiscoveredGovernor['via']; path: Address[] }[] = [];
  const seen = new Set<string>([token.toLowerCase()]);
  const enqueue = (a: Address | undefined, via: DiscoveredGovernor['via']) => {
    if (a && !seen.has(a.toLowerCase())) {
      seen.add(a.toLowerCase());
      queue.push({ at: a, via, path: [a] });
    }
  };
  START.forEach((s, i) => enqueue(addressOf(starts[i]), s.via));
  const found = await walk(client, token, queue, seen, params);
  if (found) return found;
  // An AccessControl token names no owner: its DEFAULT_ADMIN_ROLE holders (RoleGranted, re-checked
  // with hasRole) are where a DAO's timelock sits. Read only when the token answers hasRole.
  const accessControl = starts[START.length];
  if (!accessControl?.success || accessControl.returnData.length !== 66) return undefined;
  for (const a of await proposers(client, token, DEFAULT_ADMIN_ROLE, params)) enqueue(a, 'admin-role');
  return walk(client, token, queue, seen, params);
}

async function walk(
  client: PublicClient,
  token: Address,
  queue: { at: Address; via: DiscoveredGovernor['via']; path: Address[] }[],
  seen: Set<string>,
  params: { blockNumber: bigint; fromBlock?: bigint; signal?: AbortSignal },
): Promise<DiscoveredGovernor | undefined> {
  const { blockNumber } = params;
  let visits = 0;
  while (queue.length && visits++ < MAX_VISITS) {
    if (params.signal?.aborted) return undefined;
    const { at, via, path } = queue.shift()!;
    const r = await probe(client, at, blockNumber);
    const votingToken = r.token ?? r.comp ?? r.uni;
    if (votingToken?.toLowerCase() === token.toLowerCase() && r.proposalThreshold) return { governor: at, via, path };
    if (path.length >= MAX_DEPTH) continue;
    const next: Address[] = [];
    if (r.delay && r.admin) next.push(r.admin); // Compound Timelock → its admin (the governor)
    if (r.getMinDelay && r.PROPOSER_ROLE) next.push(...(await proposers(client, at, r.PROPOSER_ROLE, params)));
    if (r.owner) next.push(r.owner); // an Ownable in between (a ProxyAdmin, a minter contract)
    for (const a of next) {
      if (seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      queue.push({ at: a, via, path: [...path, a] });
    }
  }
  return undefined;
}

type Probed = Partial<Record<keyof typeof PROBE, Address>> & { PROPOSER_ROLE?: Hex; proposalThreshold?: Hex; delay?: Hex; getMinDelay?: Hex };

async function probe(client: PublicClient, target: Address, blockNumber: bigint): Promise<Probed> {
  const res = await rawMulticall(client, { calls: PROBE_NAMES.map((n) => ({ target, callData: PROBE[n] })), blockNumber });
  const out: Probed = {};
  PROBE_NAMES.forEach((name, i) => {
    const r = res[i];
    if (!r?.success || r.returnData.length < 66) return;
    const word = r.returnData.slice(0, 66) as Hex;
    if (name === 'PROPOSER_ROLE' || name === 'proposalThreshold' || name === 'delay' || name === 'getMinDelay') {
      (out as Record<string, Hex>)[name] = word;
    } else {
      const a = addressOf(r);
      if (a) (out as Record<string, Address>)[name] = a;
    }
  });
  return out;
}

/** Accounts granted a role (a TimelockController's PROPOSER_ROLE, a token's DEFAULT_ADMIN_ROLE) that still hold it at the block. */
async function proposers(
  client: PublicClient,
  timelock: Address,
  role: Hex,
  params: { blockNumber: bigint; fromBlock?: bigint; signal?: AbortSignal },
): Promise<Address[]> {
  const logs = await collectLogs(client, {
    address: timelock,
    topics: [ROLE_GRANTED, role],
    fromBlock: params.fromBlock ?? 0n,
    toBlock: params.blockNumber,
    signal: params.signal,
  }).catch(() => []);
  const granted = [...new Set(logs.map((l) => l.topics[2]).filter((t): t is Hex => !!t && t.length === 66))].map((t) =>
    getAddress(`0x${t.slice(26)}`),
  );
  if (!granted.length) return [];
  const still = await rawMulticall(client, {
    calls: granted.map((a) => ({ target: timelock, callData: `${HAS_ROLE}${role.slice(2)}${a.slice(2).toLowerCase().padStart(64, '0')}` as Hex })),
    blockNumber: params.blockNumber,
  });
  return granted.filter((_, i) => still[i]?.success && BigInt(still[i].returnData.slice(0, 66)) === 1n);
}

function addressOf(r: RawResult | undefined): Address | undefined {
  if (!r?.success || r.returnData.length !== 66 || !/^0x0{24}/.test(r.returnData)) return undefined;
  const a = `0x${r.returnData.slice(26)}`;
  return /^0x0{40}$/.test(a) ? undefined : getAddress(a);
}
