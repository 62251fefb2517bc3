/**
 * Errors in people's words, with the action that fixes them. The background hands over one line
 * (e.g. "RPC endpoint unreachable: https://rpc.example/…"); this says what it means. Pure.
 */
export interface ErrorWords {
  /** "Couldn't reach the RPC at rpc.example: it did not answer." */
  sentence: string;
  /** What fixes it: check that chain's RPC setting, or correct the address. */
  action: 'chain-settings' | 'retry' | 'form';
}

function host(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function errorWords(error: string): ErrorWords {
  const unreachable = /RPC endpoint unreachable: (\S+)/.exec(error);
  if (unreachable) return { sentence: `Couldn't reach the RPC at ${host(unreachable[1]!)}: it did not answer.`, action: 'chain-settings' };
  if (/RPC timed out/i.test(error)) return { sentence: 'The RPC did not answer in time.', action: 'chain-settings' };
  if (/rate limited/i.test(error)) return { sentence: 'The RPC keeps refusing requests (rate limited).', action: 'chain-settings' };
  const wrong = /RPC serves chain (\d+), expected chain (\d+)/.exec(error);
  if (wrong) return { sentence: `The RPC URL set for chain ${wrong[2]} serves chain ${wrong[1]}.`, action: 'chain-settings' };
  if (/is not a contract/i.test(error))
    return { sentence: 'This address is not a token contract (no code at this address on this chain).', action: 'form' };
  if (/not an ERC-?20|not a token/i.test(error)) return { sentence: 'This address is not a token contract.', action: 'form' };
  return { sentence: error.endsWith('.') ? error : `${error}.`, action: 'retry' };
}

export const ERROR_ACTION_TEXT: Record<ErrorWords['action'], string> = {
  'chain-settings': "Check this chain's RPC URL in Options, or try again.",
  retry: 'Try again in a moment.',
  form: 'Check the address and the chain.',
};
