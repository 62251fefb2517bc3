/**
 * Firefox only: a content script's runtime Port reaches the background, not an extension page
 * framed in a web page. So there the guard frame opens its own Port to the background, and the
 * background pairs it with the content script's Port of the same nonce and passes messages
 * between them. Both Ports are runtime Ports of this extension: the page can reach neither.
 * (Chrome delivers the content script's Port to the frame directly; this relay is not used there.)
 */
import type { Browser, WxtBrowser } from 'wxt/browser';
import { FRAME_PAGE_PORT_PREFIX, FRAME_PORT_PREFIX } from '../guard-frame/protocol';

type Port = Browser.runtime.Port;

export function relayGuardFrames(b: WxtBrowser): void {
  const pairs = new Map<string, { content: Port | null; frame: Port | null }>();
  const frameUrl = b.runtime.getURL('/guard-frame.html');
  const pairOf = (nonce: string) => {
    let p = pairs.get(nonce);
    if (!p) pairs.set(nonce, (p = { content: null, frame: null }));
    return p;
  };
  const tidy = (nonce: string) => {
    const p = pairs.get(nonce);
    if (p && !p.content && !p.frame) pairs.delete(nonce);
  };
  const safe = (f: () => void) => {
    try {
      f();
    } catch {
      // the other side is gone
    }
  };

  b.runtime.onConnect.addListener((port) => {
    const fromContent = port.name.startsWith(FRAME_PORT_PREFIX);
    const fromFrame = port.name.startsWith(FRAME_PAGE_PORT_PREFIX);
    if (!fromContent && !fromFrame) return;
    const nonce = port.name.slice((fromContent ? FRAME_PORT_PREFIX : FRAME_PAGE_PORT_PREFIX).length);
    const sender = port.sender;
    const ok =
      /^[0-9a-f]{32}$/.test(nonce) &&
      sender?.id === b.runtime.id &&
      (fromContent ? sender.tab !== undefined && !(sender.url ?? '').startsWith(frameUrl) : (sender?.url ?? '').startsWith(frameUrl));
    if (!ok) return port.disconnect();
    const p = pairOf(nonce);
    if (fromContent) {
      if (p.content) safe(() => p.content!.disconnect());
      p.content = port;
      // The frame is loaded and listening: the content script may send its view.
      if (p.frame) safe(() => port.postMessage({ kind: 'ready' }));
      port.onMessage.addListener((m: unknown) => p.content === port && p.frame && safe(() => p.frame!.postMessage(m)));
      port.onDisconnect.addListener(() => {
        if (p.content !== port) return;
        p.content = null;
        if (p.frame) safe(() => p.frame!.postMessage({ kind: 'clear' }));
        tidy(nonce);
      });
    } else {
      if (p.frame) safe(() => p.frame!.disconnect());
      p.frame = port;
      if (p.content) safe(() => p.content!.postMessage({ kind: 'ready' }));
      port.onMessage.addListener((m: unknown) => p.frame === port && p.content && safe(() => p.content!.postMessage(m)));
      port.onDisconnect.addListener(() => {
        if (p.frame !== port) return;
        p.frame = null;
        // The frame reloaded or went away: the content script learns it and waits for the next one.
        if (p.content) safe(() => p.content!.disconnect());
        p.content = null;
        tidy(nonce);
      });
    }
  });
}
