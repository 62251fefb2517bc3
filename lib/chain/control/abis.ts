import { parseAbi } from 'viem';

/** Minimal ABIs for control reads: only what readControl calls. */
export const ownableAbi = parseAbi(['function owner() view returns (address)', 'function getOwner() view returns (address)']);
export const accessControlAbi = parseAbi([
  'function hasRole(bytes32 role, address account) view returns (bool)',
  'event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)',
  'event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)',
]);
export const beaconAbi = parseAbi(['function implementation() view returns (address)']);
