/**
 * The extension end of the bridge (isolated world). Accepts "check" messages from this
 * window only, acknowledges at once (so the hook knows the extension is alive), runs the
 * check and answers once per id. The page learns nothing but "forward" or "reject" for the
 * ids it sent; it cannot submit a decision, and a reused id is ignored.
 *
 * Busy is never a reason to skip a check: at most `maxOpen` checks run at once, later ones
 * wait their turn in arrival order. A page that floods forged checks therefore only delays
 * its own requests. Past `maxQueued` waiting checks the page is flooding; new ones are
 * rejected (EIP-1193 4001), never forwarded unchecked.
 */
import { CHANNEL, parsePageMessage, type Decision, type ExtMessage, type PageMessage } from './protocol';

export type CheckMessage = Extract<PageMessage, { kind: 'check' }>;

export interface ExtBridgeOptions {
  onCheck(msg: CheckMessage): Promise<Decision>;
  onBypass?(reason: string): void;
  /** How many checks run at once; the rest wait in arrival order. */
  maxOpen?: number;
  /** How many checks may wait; beyond that new ones are rejected. */
  maxQueued?: number;
  /** What a check that fails (guard bug) answers. */
  onFailure?(msg: CheckMessage, err: unknown): Decision;
}

export const MAX_OPEN_CHECKS = 8;
export const MAX_QUEUED_CHECKS = 256;

export function listenForChecks(win: Window, opts: ExtBridgeOptions): () => void {
  const seen = new Set<string>();
  const queue: CheckMessage[] = [];
  let open = 0;
  const maxOpen = opts.maxOpen ?? MAX_OPEN_CHECKS;
  const maxQueued = opts.maxQueued ?? MAX_QUEUED_CHECKS;
  const postMessage = win.postMessage.bind(win);
  const post = (m: ExtMessage) => postMessage(m, '*');
  const decide = (id: string, decision: Decision) => post({ channel: CHANNEL, dir: 'to-page', kind: 'decision', id, decision });

  const run = (msg: CheckMessage) => {
    open++;
    let answered = false;
    const answer = (decision: Decision) => {
      if (answered) return;
      answered = true;
      open--;
      decide(msg.id, decision);
      const next = queue.shift();
      if (next) run(next);
    };
    let pending: Promise<Decision>;
    try {
      pending = opts.onCheck(msg);
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(answer, (err: unknown) => {
      console.warn('Whale Lens: the pre-sign check failed.', err);
      answer(opts.onFailure ? opts.onFailure(msg, err) : 'reject');
    });
  };

  const onMessage = (ev: MessageEvent) => {
    if (ev.source !== win) return;
    const msg = parsePageMessage(ev.data);
    if (!msg) return;
    if (msg.kind === 'bypass') return opts.onBypass?.(msg.reason);
    if (seen.has(msg.id)) return;
    seen.add(msg.id);
    post({ channel: CHANNEL, dir: 'to-page', kind: 'ack', id: msg.id });
    if (open < maxOpen) return run(msg);
    if (queue.length >= maxQueued) {
      console.warn('Whale Lens: this page sent too many signing requests at once; the extra ones were stopped.');
      return decide(msg.id, 'reject');
    }
    queue.push(msg);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
