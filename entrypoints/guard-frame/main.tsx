/**
 * The pre-sign dialog's own document: an extension page shown in an iframe over the dapp.
 * The page cannot read, search (window.find) or script an extension-origin frame. The dialog
 * component is the same one as before (props in, choice out); this file only hosts it:
 * - the view arrives over the runtime Port whose name carries this frame's nonce;
 * - "Continue" and "don't warn again" count only when the dialog has been visible and unmoved
 *   for a moment (IntersectionObserver v2 sees page content drawn over the frame too);
 * - a dialog kept hidden is reported, so the content script can stop the request.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuardDialog } from '../../components/guard-dialog/GuardDialog';
import { guardDialogCss } from '../../components/guard-dialog/styles';
import { watchVisibility, type VisibilityGate } from '../guard.content/visibility';
import { FRAME_PORT_PREFIX, parseToFrame, type FromFrame, type ToFrame } from './protocol';

const nonce = location.hash.slice(1);
const app = document.getElementById('app')!;
const style = document.createElement('style');
style.textContent = guardDialogCss;
document.head.append(style);

let port: ReturnType<typeof browser.runtime.connect> | null = null;
let gate: VisibilityGate | null = null;
const send = (m: FromFrame) => port?.postMessage(m);

function draw(msg: ToFrame) {
  const onChoose = (decision: 'forward' | 'reject', dontWarnAgain: boolean) => {
    if ((decision === 'forward' || dontWarnAgain) && !gate?.accepts()) return;
    send({ kind: 'choose', decision, dontWarnAgain });
  };
  render(<GuardDialog view={msg.view} touches={msg.touches} onChoose={onChoose} locale={navigator.language} />, app);
  if (!gate) {
    const box = app.querySelector('[role="dialog"]');
    if (box) gate = watchVisibility(box, { onHidden: () => send({ kind: 'hidden' }) });
  }
}

browser.runtime.onConnect.addListener((p) => {
  // Only our content script can open a runtime port; the nonce ties it to this frame.
  if (port || nonce.length < 32 || p.name !== FRAME_PORT_PREFIX + nonce || p.sender?.id !== browser.runtime.id) return;
  port = p;
  p.onMessage.addListener((m: unknown) => {
    const msg = parseToFrame(m);
    if (msg) draw(msg);
  });
  p.onDisconnect.addListener(() => {
    port = null;
    gate?.stop();
    render(null, app);
  });
});
