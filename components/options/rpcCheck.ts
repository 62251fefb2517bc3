/**
 * What a person reads after an RPC URL was tested: a status for the chain's one-line summary and a
 * sentence. A URL that serves another chain is refused, because every read would be about the wrong chain.
 */
import { formatInteger } from '../common/format';
import type { Ask } from './types';

export type RpcStatus =
  | { kind: 'untested' }
  | { kind: 'testing' }
  | { kind: 'ok'; text: string }
  | { kind: 'failing'; text: string }
  | { kind: 'mismatch'; text: string; servedChainId: number };

export const STATUS_LABEL: Record<RpcStatus['kind'], string> = {
  untested: 'Not tested',
  testing: 'Testing…',
  ok: 'Tested: working',
  failing: 'Failing',
  mismatch: 'Failing: wrong chain',
};

/** Ends a reason taken from elsewhere with exactly one full stop. */
const sentenceEnd = (text: string) => `${text.replace(/[.\s]+$/, '')}.`;

/** The browsers' words for "no connection at all" ("Failed to fetch", "NetworkError…"), in a person's words. */
function reason(error: string): string {
  return /failed to fetch|networkerror|fetch failed|load failed/i.test(error)
    ? 'no connection (the server refused it, or its name did not resolve)'
    : error;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Asks the background to call eth_chainId and eth_blockNumber at `rpcUrl`, and says what came back. */
export async function checkRpc(
  ask: Ask,
  rpcUrl: string,
  chain: { chainId: number; name: string },
  locale?: string,
): Promise<Extract<RpcStatus, { text: string }>> {
  try {
    const res = await ask({ type: 'rpc.test', rpcUrl });
    if (!res.ok) return { kind: 'failing', text: `The RPC at ${hostOf(rpcUrl)} did not answer: ${sentenceEnd(reason(res.error))}` };
    if (res.chainId !== chain.chainId) {
      return {
        kind: 'mismatch',
        servedChainId: res.chainId,
        text: `This endpoint serves chain ${res.chainId}, not ${chain.chainId}. Enter an RPC URL for ${chain.name}, or add chain ${res.chainId} with “Add a chain”.`,
      };
    }
    return { kind: 'ok', text: `Connected: chain id ${res.chainId}, latest block ${formatInteger(res.blockNumber, locale)}.` };
  } catch (err) {
    return {
      kind: 'failing',
      text: `The RPC at ${hostOf(rpcUrl)} could not be tested: ${sentenceEnd(err instanceof Error ? err.message.split('\n')[0]! : String(err))}`,
    };
  }
}
