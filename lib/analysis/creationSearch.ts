/**
 * The creation block bounds every log scan. A pruned node hides it: the token's first log is
 * then found instead (a complete start for the scans), and the contract's age stays unknown.
 */
import type { Address, PublicClient } from 'viem';
import { ScanAbortedError } from '../chain/errors';
import { findCreationBlock } from '../chain/token/findCreationBlock';

export interface CreationSearch {
  /** The block, or why it could not be found; rejects only when the analysis was aborted. */
  result: Promise<{ block: bigint } | { error: unknown }>;
  /** The block or undefined, for reads that only narrow their scan with it. */
  fromBlock: Promise<bigint | undefined>;
  /** Blocks the node could not serve: a block found among them is a first log, not the creation. */
  unavailable: ReadonlySet<bigint>;
}

export function startCreationSearch(
  client: PublicClient,
  p: { address: Address; toBlock: bigint; innerSignal: AbortSignal; signal?: AbortSignal },
): CreationSearch {
  const unavailable = new Set<bigint>();
  const result = findCreationBlock(client, {
    address: p.address,
    toBlock: p.toBlock,
    codeAtToBlock: true,
    logsFallback: true,
    signal: p.innerSignal,
    onUnavailable: (b) => unavailable.add(b),
  }).then(
    (block) => ({ block }),
    (err: unknown) => {
      if (p.signal?.aborted) throw new ScanAbortedError('analysis', { cause: err });
      return { error: err };
    },
  );
  const fromBlock = result.then((c) => ('block' in c ? c.block : undefined));
  fromBlock.catch(() => undefined);
  return { result, fromBlock, unavailable };
}
