/**
 * The pre-sign dialog's own document: an extension page framed over the dapp by the guard
 * content script. The page cannot read, search (`window.find`) or script an extension-origin
 * frame, nor the runtime Port the view and the choice travel on. This file only hosts the dialog
 * component (props in, choice out):
 * - it accepts the one Port whose name carries the nonce from its own URL;
 * - "Continue" and "don't warn again" count only when the dialog has been visible and unmoved
 *   for a moment (IntersectionObserver v2 also sees page content drawn over the frame);
 * - it reports whether the dialog is on screen, so the content script can stop a request whose
 *   dialog the page keeps hidden, and reports a dialog covered for too long.
 * Between dialogs (and while a check runs with no dialog) it draws nothing: the same frame, the
 * same size, whatever the verdict.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuardDialog } from '../../components/guard-dialog/GuardDialog';
import { guardDialogCss } from '../../components/guard-dialog/styles';
import { watchVisibility, type VisibilityGate } from '../guard.content/visibility';
import { FRAME_PAGE_PORT_PREFIX, FRAME_PORT_PREFIX, parseToFrame, type FromFrame, type ToFrame } from './protocol';

const nonce = location.hash.slice(1);
const app = document.getElementById('app')!;
const style = document.createElement('style');
style.textContent = guardDialogCss;
document.head.append(style);

let port: ReturnType<typeof browser.runtime.connect> | null = null;
let gate: VisibilityGate | null = null;
let shownSeq: number | null = null;
const send = (m: FromFrame) => {
  try {
    port?.postMessage(m);
  } catch {
    // The content script went away; nothing waits for this frame any more.
  }
};

function clear() {
  gate?.stop();
  gate = null;
  shownSeq = null;
  render(null, app);
}

function draw(msg: Extract<ToFrame, { kind: 'view' }>) {
  const seq = msg.seq;
  if (shownSeq !== seq) clear();
  shownSeq = seq;
  const onChoose = (decision: 'forward' | 'reject', dontWarnAgain: boolean) => {
    if ((decision === 'forward' || dontWarnAgain) && !gate?.accepts()) return;
    send({ kind: 'choose', seq, decision, dontWarnAgain });
  };
  // key: a new dialog starts fresh (its own "+N more" state, focus on its first control).
  render(<GuardDialog key={seq} view={msg.view} touches={msg.touches} onChoose={onChoose} locale={msg.locale} />, app);
  if (!gate) {
    // When this dialog was drawn, for the timing tests (the page cannot read the frame's timeline).
    performance.mark('whale-lens-dialog');
    const box = app.querySelector('[role="dialog"]');
    if (box)
      gate = watchVisibility(box, {
        onHidden: () => send({ kind: 'hidden', seq }),
        onScreenChange: (onScreen) => send({ kind: 'state', seq, onScreen }),
      });
  }
}

function adopt(p: NonNullable<typeof port>, sayReady: boolean) {
  const old = port;
  port = p;
  if (old) {
    clear();
    try {
      old.disconnect();
    } catch {
      // already gone
    }
  }
  p.onMessage.addListener((m: unknown) => {
    if (port !== p) return;
    const msg = parseToFrame(m);
    if (!msg) return;
    if (msg.kind === 'clear') clear();
    else draw(msg);
  });
  p.onDisconnect.addListener(() => {
    if (port !== p) return;
    port = null;
    clear();
  });
  if (sayReady) send({ kind: 'ready' });
}

if (import.meta.env.FIREFOX) {
  // Firefox does not hand a content script's Port to a framed extension page: the background pairs
  // this frame's Port with the content script's (same nonce) and says "ready" itself.
  if (nonce.length >= 32) adopt(browser.runtime.connect({ name: FRAME_PAGE_PORT_PREFIX + nonce }), false);
} else {
  browser.runtime.onConnect.addListener((p) => {
    // Only this extension's scripts can open a runtime Port; the nonce ties it to this frame. A newer
    // Port replaces an older one (the content script opens it again when this frame was slow to answer).
    if (nonce.length < 32 || p.name !== FRAME_PORT_PREFIX + nonce || p.sender?.id !== browser.runtime.id) return;
    adopt(p, true);
  });
}
