/**
 * Governance for a token nobody named a governor for: walk to its governor (./discoverGovernor)
 * and, when one is found, a reader of its section that records how it was found. Discovery that
 * fails or finds nothing leaves governance out without a failed source (most tokens have none).
 */
import type { Address, PublicClient } from 'viem';
import type { GovernanceSection } from '../../report/types';
import type { CheckpointStore } from '../checkpoints';
import { discoverGovernor } from './discoverGovernor';
import { readGovernance } from './readGovernance';

export async function discoverGovernance(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; fromBlock?: bigint; checkpoints?: CheckpointStore; signal?: AbortSignal },
): Promise<{ read: () => Promise<GovernanceSection> } | undefined> {
  const found = await discoverGovernor(client, params).catch(() => undefined);
  if (!found) return undefined;
  return {
    read: async () => {
      const section = await readGovernance(client, {
        governor: found.governor,
        blockNumber: params.blockNumber,
        checkpoints: params.checkpoints,
        signal: params.signal,
      });
      section.discovered = { via: found.via, path: found.path };
      return section;
    },
  };
}
