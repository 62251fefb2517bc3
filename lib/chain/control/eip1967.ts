import { getAddress, zeroAddress, type Address, type Hex, type PublicClient } from 'viem';
import { beaconAbi } from './abis';
import { readOrAbsent } from '../reads/readOutcome';

/** EIP-1967 storage slots: keccak256('eip1967.proxy.<name>') − 1. */
export const EIP1967_SLOTS = {
  implementation: '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc',
  admin: '0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103',
  beacon: '0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50',
} as const satisfies Record<string, Hex>;

/** Pre-EIP-1967 ZeppelinOS slots: keccak256('org.zeppelinos.proxy.<name>'), still behind USDC. */
export const ZEPPELINOS_SLOTS = {
  implementation: '0x7050c9e0f4ca769c69bd3a8ef740bc37934f8e2c036e5a723fd8ee048ed3f8c3',
  admin: '0x10d6a54a4754c8869d6886b5f5d7fbfa5b4522237ea5c60d11bc4e7a1ff9390b',
} as const satisfies Record<string, Hex>;

export interface Eip1967Slots {
  implementation: Address | null;
  admin: Address | null;
  beacon: Address | null;
  layout: 'eip1967' | 'zeppelinos';
}

function slotAddress(word: Hex | undefined): Address | null {
  if (!word || word === '0x') return null;
  const addr = getAddress(`0x${word.slice(-40)}`);
  return addr === zeroAddress ? null : addr;
}

/**
 * The three EIP-1967 slots and the two ZeppelinOS ones at the pinned block (five eth_getStorageAt,
 * batched). For a beacon proxy the implementation lives in the beacon, so it is asked for it.
 */
export async function readEip1967Slots(client: PublicClient, params: { address: Address; blockNumber: bigint }): Promise<Eip1967Slots> {
  const { address, blockNumber } = params;
  const [impl, admin, beacon, zosImpl, zosAdmin] = await Promise.all(
    [EIP1967_SLOTS.implementation, EIP1967_SLOTS.admin, EIP1967_SLOTS.beacon, ZEPPELINOS_SLOTS.implementation, ZEPPELINOS_SLOTS.admin].map((slot) =>
      client.getStorageAt({ address, slot, blockNumber }),
    ),
  );
  if (!slotAddress(impl) && !slotAddress(beacon) && slotAddress(zosImpl)) {
    return { implementation: slotAddress(zosImpl), admin: slotAddress(zosAdmin), beacon: null, layout: 'zeppelinos' };
  }
  const slots: Eip1967Slots = {
    implementation: slotAddress(impl),
    admin: slotAddress(admin),
    beacon: slotAddress(beacon),
    layout: 'eip1967',
  };
  if (!slots.implementation && slots.beacon) {
    const fromBeacon = await readOrAbsent(
      () => client.readContract({ address: slots.beacon!, abi: beaconAbi, functionName: 'implementation', blockNumber }),
      { what: "reading the beacon's implementation" },
    );
    slots.implementation = fromBeacon && fromBeacon !== zeroAddress ? getAddress(fromBeacon) : null;
  }
  return slots;
}
