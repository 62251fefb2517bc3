/**
 * The extension end of the bridge (isolated world). Accepts "check" messages from this
 * window only, acknowledges at once (so the hook knows the extension is alive), runs the
 * check and answers once per id. The page learns nothing but "forward" or "reject" for the
 * ids it sent; it cannot submit a decision, and a reused id is ignored.
 */
import { CHANNEL, parsePageMessage, type Decision, type ExtMessage, type PageMessage } from './protocol';

export type CheckMessage = Extract<PageMessage, { kind: 'check' }>;

export interface ExtBridgeOptions {
  onCheck(msg: CheckMessage): Promise<Decision>;
  onBypass?(reason: string): void;
  /** Beyond this many open checks, new ones are forwarded unchecked (a page spamming dialogs gets nothing). */
  maxOpen?: number;
}

export function listenForChecks(win: Window, opts: ExtBridgeOptions): () => void {
  const seen = new Set<string>();
  let open = 0;
  const maxOpen = opts.maxOpen ?? 8;
  const postMessage = win.postMessage.bind(win);
  const post = (m: ExtMessage) => postMessage(m, '*');

  const onMessage = (ev: MessageEvent) => {
    if (ev.source !== win) return;
    const msg = parsePageMessage(ev.data);
    if (!msg) return;
    if (msg.kind === 'bypass') return opts.onBypass?.(msg.reason);
    if (seen.has(msg.id)) return;
    seen.add(msg.id);
    post({ channel: CHANNEL, dir: 'to-page', kind: 'ack', id: msg.id });
    if (open >= maxOpen) {
      post({ channel: CHANNEL, dir: 'to-page', kind: 'decision', id: msg.id, decision: 'forward' });
      return;
    }
    open++;
    const answer = (decision: Decision) => {
      open--;
      post({ channel: CHANNEL, dir: 'to-page', kind: 'decision', id: msg.id, decision });
    };
    opts.onCheck(msg).then(answer, (err: unknown) => {
      // A bug in the guard must not hold the wallet hostage.
      console.warn('Whale Lens: the pre-sign check failed; request forwarded.', err);
      answer('forward');
    });
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
