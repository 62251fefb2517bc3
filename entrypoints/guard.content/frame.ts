/**
 * The guard's one frame on the page: an extension-origin iframe (guard-frame.html, web-accessible
 * with a dynamic URL) inside a closed shadow root, covering the viewport. It is loaded on the first
 * check that may need the person and then kept (hidden, letting clicks through) for the page's life,
 * so later checks do not pay for loading it. For every such check, whatever the verdict turns out
 * to be, it is armed — drawn over the page (transparent unless a dialog is in it), taking the
 * pointer and the keyboard focus — from the moment the check starts until the last check has
 * ended. What the page can observe (hit testing, focus, occlusion, its frame count) is therefore
 * the same for a healthy, a risky and an unanalysed token; only the end of the request differs.
 * The page can neither read, search nor script the frame's document.
 *
 * Talk with the frame goes over a runtime Port named after a fresh random nonce (in the frame's
 * URL, which the page cannot read), never through the page. If the page removes the host it is
 * put back; the frame then reloads and the Port is opened again.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FRAME_PORT_PREFIX, parseFromFrame, type FromFrame, type ToFrame } from '../guard-frame/protocol';

const FRAME_CSS = `iframe { position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0; margin: 0; padding: 0;
  z-index: 2147483647; background: transparent; color-scheme: normal; display: block; opacity: 1; transform: none;
  visibility: hidden; pointer-events: none; }
iframe.wl-armed { visibility: visible; pointer-events: auto; }`;

/** If the frame has loaded but not answered by then, the Port is opened again (a dialog waiting on it
 *  is stopped by its own clock after 5 s; a busy machine can take longer than this to answer). */
const READY_RETRY_MS = 700;
const READY_TRIES = 10;

export interface FrameEvents {
  message(m: FromFrame): void;
  /** The frame went away or reloaded: whatever it showed is not on screen now. */
  lost(): void;
}

export interface GuardFrame {
  /** A check that may need the person has started; call the returned function when it ends. */
  hold(): () => void;
  /** What the frame should show (kept and sent again after a reload); null clears it. */
  set(msg: ToFrame | null): void;
  /** Moves keyboard focus into the frame (the dialog focuses its own first control). */
  focus(): void;
  listen(events: FrameEvents | null): void;
}

function newNonce(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export function guardFrame(ctx: ContentScriptContext): GuardFrame {
  let holds = 0;
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mounting = false;
  let frame: HTMLIFrameElement | null = null;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let ready = false;
  let current: ToFrame | null = null;
  let events: FrameEvents | null = null;
  let keepAlive: number | undefined;
  let retry: number | undefined;
  let nonce = '';
  let focusBefore: Element | null = null;

  let armed = false;
  const arm = (on: boolean) => {
    frame?.classList.toggle('wl-armed', on);
    if (on) {
      if (!armed) focusBefore = document.activeElement;
      armed = true;
      // Called again once the frame is attached: focusing a detached frame does nothing.
      frame?.focus();
    } else {
      armed = false;
      const before = focusBefore;
      focusBefore = null;
      // Focus goes back where it was before the check took it.
      if (before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus();
    }
  };
  const keepAttached = (on: boolean) => {
    clearInterval(keepAlive);
    keepAlive = undefined;
    if (!on || !ui) return;
    const host = ui.shadowHost;
    // While a check runs the frame must stay: a page that removes it gets it back (and it reloads).
    if (!host.isConnected) document.documentElement.append(host);
    keepAlive = window.setInterval(() => {
      if (!host.isConnected) document.documentElement.append(host);
    }, 250);
  };

  const post = (m: ToFrame) => {
    try {
      port?.postMessage(m);
    } catch {
      // Port gone: the frame reloads or is removed; `lost` has been reported.
    }
  };
  const drop = () => {
    clearTimeout(retry);
    const p = port;
    port = null;
    ready = false;
    try {
      p?.disconnect();
    } catch {
      // already closed
    }
  };
  const connect = (attempt: number) => {
    drop();
    let p: ReturnType<typeof browser.runtime.connect>;
    try {
      p = browser.runtime.connect({ name: FRAME_PORT_PREFIX + nonce });
    } catch {
      return; // extension gone: the check's own paths end the request
    }
    port = p;
    p.onMessage.addListener((raw: unknown) => {
      if (port !== p) return;
      const m = parseFromFrame(raw);
      if (!m) return;
      if (m.kind === 'ready') {
        ready = true;
        clearTimeout(retry);
        if (current) post(current);
        return;
      }
      events?.message(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      ready = false;
      events?.lost();
    });
    // Also when the Port was closed at once: a frame whose script has not registered its listener yet
    // has nobody to take it, and Chrome closes it; the frame only answers a later one.
    if (attempt < READY_TRIES) retry = window.setTimeout(() => !ready && (port === p || port === null) && connect(attempt + 1), READY_RETRY_MS);
  };

  const mount = () => {
    if (ui || mounting) return;
    mounting = true;
    nonce = newNonce();
    createShadowRootUi(ctx, {
      name: 'whale-lens-guard',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      css: FRAME_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click'],
      onMount(container) {
        const f = document.createElement('iframe');
        f.setAttribute('title', 'Whale Lens');
        f.setAttribute('allowtransparency', 'true');
        // Every (re)load is a fresh document: open the Port to it again.
        f.addEventListener('load', () => {
          if (frame !== f) return;
          events?.lost();
          connect(0);
        });
        f.src = `${browser.runtime.getURL('/guard-frame.html')}#${nonce}`;
        frame = f;
        container.append(f);
        if (holds > 0) arm(true);
      },
      onRemove() {
        frame = null;
        drop();
      },
    }).then(
      (made) => {
        mounting = false;
        ui = made;
        try {
          made.mount();
        } catch {
          // Could not mount: the dialog's own timer stops a request that needs the person.
          ui = null;
          return;
        }
        keepAttached(holds > 0);
        if (holds > 0) arm(true);
      },
      () => {
        mounting = false;
      },
    );
  };

  ctx.onInvalidated(() => {
    clearInterval(keepAlive);
    const u = ui;
    ui = null;
    drop();
    u?.remove();
  });

  return {
    hold() {
      holds++;
      if (holds === 1) {
        mount();
        arm(true);
        keepAttached(true);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds > 0) return;
        current = null;
        if (ready) post({ kind: 'clear' });
        arm(false);
        keepAttached(false);
      };
    },
    set(msg) {
      current = msg;
      if (ready) post(msg ?? { kind: 'clear' });
    },
    focus() {
      frame?.focus();
    },
    listen(e) {
      events = e;
    },
  };
}
