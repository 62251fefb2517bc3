import { getAddress, zeroAddress, type Address, type Hex, type PublicClient } from 'viem';
import { beaconAbi } from './abis';

/** EIP-1967 storage slots: keccak256('eip1967.proxy.<name>') − 1. */
export const EIP1967_SLOTS = {
  implementation: '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc',
  admin: '0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103',
  beacon: '0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50',
} as const satisfies Record<string, Hex>;

export interface Eip1967Slots {
  implementation: Address | null;
  admin: Address | null;
  beacon: Address | null;
}

function slotAddress(word: Hex | undefined): Address | null {
  if (!word || word === '0x') return null;
  const addr = getAddress(`0x${word.slice(-40)}`);
  return addr === zeroAddress ? null : addr;
}

/**
 * The three EIP-1967 slots at the pinned block (three eth_getStorageAt, batched). For a beacon
 * proxy the implementation lives in the beacon, so it is asked for it.
 */
export async function readEip1967Slots(
  client: PublicClient,
  params: { address: Address; blockNumber: bigint },
): Promise<Eip1967Slots> {
  const { address, blockNumber } = params;
  const [impl, admin, beacon] = await Promise.all(
    (['implementation', 'admin', 'beacon'] as const).map((k) =>
      client.getStorageAt({ address, slot: EIP1967_SLOTS[k], blockNumber }),
    ),
  );
  const slots: Eip1967Slots = { implementation: slotAddress(impl), admin: slotAddress(admin), beacon: slotAddress(beacon) };
  if (!slots.implementation && slots.beacon) {
    const fromBeacon = await client
      .readContract({ address: slots.beacon, abi: beaconAbi, functionName: 'implementation', blockNumber })
      .catch(() => null);
    slots.implementation = fromBeacon && fromBeacon !== zeroAddress ? getAddress(fromBeacon) : null;
  }
  return slots;
}
