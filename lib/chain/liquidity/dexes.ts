import type { Address } from 'viem';

export interface DexDeployment {
  name: string;
  version: 'v2' | 'v3';
  factory: Address;
}
