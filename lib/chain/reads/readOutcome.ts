/**
 * A read either happened or it did not. "The call reverted" (or returned nothing decodable) is a
 * fact about the contract: no owner(), no pair. "The call did not happen" — 429, a refused batch,
 * a timeout, a dropped connection — is a fact about the endpoint and says nothing about the
 * contract. These helpers retry the second kind with backoff and, when it keeps failing, throw
 * ReadNotDoneError so the section becomes a visible gap; only the first kind reads as "absent".
 */
import {
  AbiDecodingDataSizeTooSmallError,
  AbiDecodingZeroDataError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  ExecutionRevertedError,
  RawContractError,
  type ContractFunctionParameters,
  type PublicClient,
} from 'viem';
import { ChainError, mapChainError } from '../errors';
import { sleep } from '../endpoint/endpointPace';
import { classifyLogError } from '../logs/classifyLogError';

/** The endpoint did not carry out a read, even after retries. */
export class ReadNotDoneError extends ChainError {
  override name = 'ReadNotDoneError';
  constructor(what: string, options: { cause?: unknown } = {}) {
    super(`${what}: the RPC did not answer (${reasonOf(options.cause)})`, options);
  }
}

const ANSWERED = [
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  RawContractError,
  ExecutionRevertedError,
  AbiDecodingZeroDataError,
  AbiDecodingDataSizeTooSmallError,
] as const;

/** True when the node executed the call and the contract said no (revert, no data, undecodable data). */
export function isContractAnswer(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; e && i < 10; i++) {
    if (ANSWERED.some((cls) => e instanceof cls)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** Why a read did not happen, in one short phrase (the endpoint's own words where it gave some). */
function reasonOf(err: unknown): string {
  if (!err) return 'no reply';
  const kind = classifyLogError(err).kind;
  if (kind === 'rateLimit') return 'rate limited';
  if (kind === 'timeout') return 'timed out';
  const mapped = mapChainError(err, { what: 'the call' });
  return mapped.message.split('\n')[0]!.slice(0, 160);
}

export interface RetryOptions {
  what: string;
  /** Attempts in all (default 3). */
  attempts?: number;
  signal?: AbortSignal;
}

const delay = (attempt: number) => 300 * 3 ** attempt;

/**
 * Runs `read`; when it fails for the endpoint's sake, tries again with backoff, then throws
 * ReadNotDoneError. A contract's answer (revert) is rethrown at once: that one is a fact.
 */
export async function retryUnlessAnswered<T>(read: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 3;
  let last: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(delay(attempt - 1), opts.signal);
    try {
      return await read();
    } catch (err) {
      if (opts.signal?.aborted || isContractAnswer(err) || isAbort(err)) throw err;
      last = err;
    }
  }
  throw new ReadNotDoneError(opts.what, { cause: last });
}

/** One read whose revert means "absent" (undefined); an endpoint failure is retried, then thrown. */
export async function readOrAbsent<T>(read: () => Promise<T>, opts: RetryOptions): Promise<T | undefined> {
  try {
    return await retryUnlessAnswered(read, opts);
  } catch (err) {
    if (isContractAnswer(err)) return undefined;
    throw err;
  }
}

export type CallOutcome = { status: 'success'; result: unknown } | { status: 'reverted' };

/**
 * viem's multicall with allowFailure, where every result is a fact: 'success' or 'reverted'.
 * Calls that failed for the endpoint's sake (the whole aggregate3 was refused, timed out, …)
 * are sent again, only those, with backoff; if some still did not happen, ReadNotDoneError.
 */
export async function multicallOutcomes(
  client: PublicClient,
  params: { contracts: readonly ContractFunctionParameters[]; blockNumber?: bigint } & RetryOptions,
): Promise<CallOutcome[]> {
  const out: (CallOutcome | undefined)[] = params.contracts.map(() => undefined);
  let pending = params.contracts.map((_, i) => i);
  const attempts = params.attempts ?? 3;
  let last: unknown;
  for (let attempt = 0; attempt < attempts && pending.length > 0; attempt++) {
    if (attempt > 0) await sleep(delay(attempt - 1), params.signal);
    const res = await client.multicall({
      contracts: pending.map((i) => params.contracts[i]!),
      allowFailure: true,
      blockNumber: params.blockNumber,
    });
    const still: number[] = [];
    res.forEach((r, k) => {
      const i = pending[k]!;
      if (r.status === 'success') out[i] = { status: 'success', result: r.result };
      else if (isContractAnswer(r.error)) out[i] = { status: 'reverted' };
      else {
        last = r.error;
        still.push(i);
      }
    });
    pending = still;
    if (params.signal?.aborted) throw params.signal.reason;
  }
  if (pending.length > 0) throw new ReadNotDoneError(params.what, { cause: last });
  return out as CallOutcome[];
}

/** True for errors that say the endpoint failed us (not the contract): such a section is a gap. */
export function isEndpointFailure(err: unknown): boolean {
  if (err instanceof ReadNotDoneError) return true;
  if (isContractAnswer(err) || isAbort(err)) return false;
  let e: unknown = err;
  for (let i = 0; e && i < 10; i++) {
    if (e instanceof ReadNotDoneError) return true;
    // A limit no request size fits under is permanent: reported where it applies, not as a gap.
    if ((e as { name?: string }).name === 'ProviderLimitError') return false;
    const name = (e as { name?: string }).name ?? '';
    if (
      /^(HttpRequestError|TimeoutError|RpcRateLimitedError|RpcTimeoutError|RpcUnreachableError|MalformedResponseError|InternalRpcError|UnknownRpcError|RpcRequestError|ResourceUnavailableRpcError)$/.test(
        name,
      )
    )
      return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

function isAbort(err: unknown): boolean {
  return (err as { name?: string })?.name === 'AbortError' || (err as { name?: string })?.name === 'ScanAbortedError';
}
