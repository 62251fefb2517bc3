/**
 * Who holds a token's powers when the token names them itself, not through owner() or
 * AccessControl: Circle FiatToken's pauser()/blacklister()/masterMinter()/rescuer() and its
 * minters (MinterConfigured/MinterRemoved, re-checked with isMinter/minterAllowance), Compound/
 * Uniswap minter() with mintingAllowedAfter, DSAuth authority(), DSS wards (Rely/Deny, re-checked
 * with wards()), Ownable2Step pendingOwner(), Tether deprecated()/upgradedAddress(), and the
 * lock/unlock owner pattern (a "renounced" owner who can take ownership back at an unlock time).
 * Every read is at the pinned block; one that fails is simply absent.
 */
import { getAddress, type Address, type Hex, type PublicClient } from 'viem';
import type { PrivilegeName } from '../../report/types';
import { rawMulticall, type RawResult } from '../rawMulticall';
import { collectLogs } from './collectLogs';

const GETTERS = {
  pauser: '0x9fd0506d',
  blacklister: '0xbd102430',
  masterMinter: '0x35d99f35',
  rescuer: '0x38a63183',
  minter: '0x07546172',
  authority: '0xbf7e214f',
  pendingOwner: '0xe30c3978',
  upgradedAddress: '0x26976e3f',
} as const satisfies Record<string, Hex>;
const WORDS = {
  mintingAllowedAfter: '0x30b36cef',
  deprecated: '0x0e136b19',
  getUnlockTime: '0x602bc62b',
  geUnlockTime: '0xb6c52324', // the misspelling many reflection tokens (SafeMoon forks) ship
  basisPointsRate: '0xdd644f72', // USDT fee, in basis points
  maximumFee: '0x35390714', // USDT fee cap, in base units
  _taxFee: '0x3b124fe7', // reflection tokens, in percent
} as const satisfies Record<string, Hex>;

/** Fee getters reported as the token's active fee (name → unit). */
const FEE_GETTERS = ['basisPointsRate', 'maximumFee', '_taxFee'] as const;

/** Which privilege each named getter holds. */
export const GETTER_PRIVILEGE: Partial<Record<keyof typeof GETTERS, PrivilegeName>> = {
  pauser: 'pause',
  blacklister: 'blacklist',
  masterMinter: 'mint',
  minter: 'mint',
};

const TOPIC = {
  MinterConfigured: '0x46980fca912ef9bcdbd36877427b6b90e860769f604e89c0e67720cece530d20',
  MinterRemoved: '0xe94479a9f7e1952cc78f2d6baab678adc1b772d936c6583def489e524cb66692',
  Rely: '0xdd0e34038ac38b2a1ce960229778ac48a8719bc900b6c4f8d0475c6e8b385a60',
  Deny: '0x184450df2e323acec0ed3b5c7531b81f9b4cdef7914dfd4c0a4317416bb5251b',
  OwnershipTransferred: '0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0',
  ControllerConfigured: '0xa56687ff5096e83f6e2c673cda0b677f56bbfcdf5fe0555d5830c407ede193cb',
  ControllerRemoved: '0x33d83959be2573f5453b12eb9d43b3499bc57d96bd2f067ba44803c859e81113',
} as const;
const GET_WORKER = '0xc011b1c3';
const IS_MINTER = '0xaa271e1a';
const MINTER_ALLOWANCE = '0x8a6db9c3';
const WARDS = '0xbf353dbb';

export interface NamedPowers {
  /** getter name → holder address (zero addresses left out). */
  getters: Partial<Record<keyof typeof GETTERS, Address>>;
  /** FiatToken-style minters that are still minters at the block, with their allowance. */
  minters?: { address: Address; allowance: bigint }[];
  /** Circle MasterMinter controllers (each can set its worker's minting allowance), re-checked with getWorker. */
  controllers?: { controller: Address; worker: Address }[];
  /** DSS-style wards still authorised at the block. */
  wards?: Address[];
  mintingAllowedAfter?: bigint;
  deprecated?: boolean;
  /** The fee currently charged, where the token exposes it: getter name → raw value. */
  fees?: { getter: string; value: bigint }[];
  /** lock/unlock pattern: the owner who locked it and when they can unlock. */
  lockedOwner?: { previousOwner: Address | null; unlockTime: bigint };
}

export async function readNamedPowers(
  client: PublicClient,
  params: { address: Address; blockNumber: bigint; fromBlock?: bigint; selectors: Set<Hex>; ownerIsZero: boolean; signal?: AbortSignal },
): Promise<NamedPowers> {
  const { address, blockNumber } = params;
  const names = Object.keys(GETTERS) as (keyof typeof GETTERS)[];
  const words = Object.keys(WORDS) as (keyof typeof WORDS)[];
  const res = await rawMulticall(client, {
    calls: [...names.map((n) => GETTERS[n]), ...words.map((n) => WORDS[n])].map((callData) => ({ target: address, callData })),
    blockNumber,
  });
  const out: NamedPowers = { getters: {} };
  names.forEach((n, i) => {
    const a = addressOf(res[i]);
    if (a) out.getters[n] = a;
  });
  const word = (n: keyof typeof WORDS) => uintOf(res[names.length + words.indexOf(n)]);
  const allowedAfter = word('mintingAllowedAfter');
  if (allowedAfter !== undefined && out.getters.minter) out.mintingAllowedAfter = allowedAfter;
  const deprecated = word('deprecated');
  if (deprecated !== undefined && out.getters.upgradedAddress !== undefined) out.deprecated = deprecated === 1n;
  else if (deprecated === 1n) out.deprecated = true;

  const fees = FEE_GETTERS.map((g) => ({ getter: `${g}()`, value: word(g) })).filter(
    (f): f is { getter: string; value: bigint } => f.value !== undefined,
  );
  if (fees.length) out.fees = fees;

  const range = { address, fromBlock: params.fromBlock ?? 0n, toBlock: blockNumber, signal: params.signal };
  const tasks: Promise<void>[] = [];
  if (out.getters.masterMinter || params.selectors.has(IS_MINTER)) {
    tasks.push(
      readListed(client, range, [TOPIC.MinterConfigured, TOPIC.MinterRemoved], IS_MINTER).then(async (minters) => {
        const allowances = await rawMulticall(client, {
          calls: minters.map((m) => ({ target: address, callData: withAddress(MINTER_ALLOWANCE, m) })),
          blockNumber,
        });
        out.minters = minters.map((m, i) => ({ address: m, allowance: uintOf(allowances[i]) ?? 0n }));
      }),
    );
  }
  const masterMinter = out.getters.masterMinter;
  if (masterMinter) {
    tasks.push(
      collectLogs(client, { ...range, address: masterMinter, topics: [TOPIC.ControllerConfigured] })
        .then(async (logs) => {
          const controllers = [...new Set(logs.filter((l) => l.topics[1]).map((l) => getAddress(`0x${l.topics[1]!.slice(26)}`)))];
          const workers = await rawMulticall(client, {
            calls: controllers.map((a) => ({ target: masterMinter, callData: withAddress(GET_WORKER, a) })),
            blockNumber,
          });
          const live = controllers.flatMap((controller, i) => {
            const worker = addressOf(workers[i]);
            return worker ? [{ controller, worker }] : [];
          });
          if (live.length) out.controllers = live;
        })
        .catch(() => undefined), // a master minter that is not Circle's MasterMinter: no controllers to list
    );
  }
  if (params.selectors.has(WARDS) || params.selectors.has('0x65fae35e')) {
    tasks.push(readListed(client, range, [TOPIC.Rely, TOPIC.Deny], WARDS).then((w) => void (out.wards = w)));
  }
  const unlock = word('getUnlockTime') ?? word('geUnlockTime');
  if (params.ownerIsZero && unlock !== undefined && params.selectors.has('0xa69df4b5')) {
    tasks.push(
      collectLogs(client, { ...range, topics: [TOPIC.OwnershipTransferred] }).then((logs) => {
        // lock() emits OwnershipTransferred(owner, 0): the last such `from` is who can unlock.
        const last = [...logs].reverse().find((l) => l.topics[2] && BigInt(l.topics[2]) === 0n && l.topics[1] && BigInt(l.topics[1]) !== 0n);
        out.lockedOwner = { previousOwner: last ? getAddress(`0x${last.topics[1]!.slice(26)}`) : null, unlockTime: unlock };
      }),
    );
  }
  await Promise.all(tasks);
  return out;
}

/** Accounts named by "added" events and not later removed, re-checked with a `(address) → bool/uint` getter. */
async function readListed(
  client: PublicClient,
  range: { address: Address; fromBlock: bigint; toBlock: bigint; signal?: AbortSignal },
  [added, removed]: [Hex, Hex],
  check: Hex,
): Promise<Address[]> {
  const logs = await collectLogs(client, { ...range, topics: [[added, removed]] });
  const named = [...new Set(logs.filter((l) => l.topics[1]).map((l) => getAddress(`0x${l.topics[1]!.slice(26)}`)))];
  if (!named.length) return [];
  const res = await rawMulticall(client, {
    calls: named.map((a) => ({ target: range.address, callData: withAddress(check, a) })),
    blockNumber: range.toBlock,
  });
  return named.filter((_, i) => (uintOf(res[i]) ?? 0n) !== 0n);
}

function withAddress(selector: Hex, a: Address): Hex {
  return `${selector}${a.slice(2).toLowerCase().padStart(64, '0')}` as Hex;
}

function uintOf(r: RawResult | undefined): bigint | undefined {
  return r?.success && r.returnData.length >= 66 ? BigInt(r.returnData.slice(0, 66)) : undefined;
}

function addressOf(r: RawResult | undefined): Address | undefined {
  if (!r?.success || r.returnData.length !== 66 || !/^0x0{24}/.test(r.returnData)) return undefined;
  const a = `0x${r.returnData.slice(26)}`;
  return /^0x0{40}$/.test(a) ? undefined : getAddress(a);
}
