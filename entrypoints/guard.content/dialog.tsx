/**
 * Shows the pre-sign dialog over the page in an extension-origin iframe (entrypoints/guard-frame),
 * inside a closed shadow root. The page cannot read, search (window.find) or script the frame,
 * and cannot reach the runtime Port the view and the choice travel on. The frame itself gates
 * clicks on visibility (see ./visibility.ts) and reports a dialog kept hidden; if the page
 * removes the host it is put back (the frame reloads and is sent the view again).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Decision } from '../../lib/guard/bridge/protocol';
import type { GuardView } from '../../lib/guard/decide';
import type { DialogHandle } from '../../lib/guard/flow';
import type { TouchedToken } from '../../lib/guard/types';
import { FRAME_PORT_PREFIX, parseFromFrame, type ToFrame } from '../guard-frame/protocol';
import { HIDDEN_LIMIT_MS } from './visibility';

const FRAME_CSS = `iframe { position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0; margin: 0; padding: 0;
  z-index: 2147483647; background: transparent; color-scheme: normal; display: block; opacity: 1; transform: none; }`;

function newNonce(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export function showDialog(
  ctx: ContentScriptContext,
  view: GuardView,
  touches: TouchedToken[],
  choose: (d: Decision, dontWarnAgain: boolean) => void,
): DialogHandle {
  let current: ToFrame = { kind: 'view', view, touches };
  let closed = false;
  let keepAlive: number | undefined;
  let remove: (() => void) | null = null;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let connected = false;
  let loads = 0;
  const nonce = newNonce();

  const stop = (why: string) => {
    console.warn(`Whale Lens: could not show the warning (${why}); the request was stopped.`);
    choose('reject', false);
  };
  // The frame must come up: a page that blocks it (or removes it over and over) stops the request.
  const upTimer = window.setTimeout(() => {
    if (!connected && !closed) stop('the page blocked it');
  }, HIDDEN_LIMIT_MS);

  const connect = () => {
    port?.disconnect();
    connected = false;
    const p = browser.runtime.connect({ name: FRAME_PORT_PREFIX + nonce });
    port = p;
    p.onMessage.addListener((m: unknown) => {
      const msg = parseFromFrame(m);
      if (!msg || closed) return;
      if (msg.kind === 'hidden') stop('the page hid it');
      else choose(msg.decision, msg.dontWarnAgain);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    p.postMessage(current);
    connected = true;
  };

  createShadowRootUi(ctx, {
    name: 'whale-lens-guard',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    css: FRAME_CSS,
    onMount(container) {
      const frame = document.createElement('iframe');
      frame.setAttribute('title', 'Whale Lens');
      frame.setAttribute('allowtransparency', 'true');
      frame.addEventListener('load', () => {
        loads++;
        if (closed) return;
        connect();
        frame.focus();
      });
      frame.src = `${browser.runtime.getURL('/guard-frame.html')}#${nonce}`;
      container.append(frame);
    },
    onRemove() {
      port?.disconnect();
      port = null;
    },
  }).then(
    (ui) => {
      if (closed) return;
      ui.mount();
      remove = () => ui.remove();
      keepAlive = window.setInterval(() => {
        if (!ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
      }, 250);
    },
    (err: unknown) => stop(String(err)),
  );

  return {
    update(v) {
      current = { kind: 'view', view: v, touches };
      port?.postMessage(current);
    },
    close() {
      closed = true;
      clearTimeout(upTimer);
      if (keepAlive !== undefined) clearInterval(keepAlive);
      port?.disconnect();
      remove?.();
      void loads;
    },
  };
}
