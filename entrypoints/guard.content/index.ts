/**
 * The isolated half of the pre-sign guard: receives "please check" from the page hook
 * (entrypoints/guard-hook.content.ts), decodes the request, asks the background about each
 * token and, when needed, asks the person. Only "forward" or "reject" goes back to the page.
 * Nothing happens (no storage read, no message) until the page actually makes a signing request.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBackground } from '../../lib/messaging/client';
import { loadSettings } from '../../lib/settings/store';
import { guardOffOn } from '../../lib/settings/sites';
import { listenForChecks, type CheckMessage } from '../../lib/guard/bridge/ext-bridge';
import type { Decision } from '../../lib/guard/bridge/protocol';
import { decodeRequest } from '../../lib/guard/decode/request';
import { runGuard } from '../../lib/guard/flow';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showDialog } from './dialog';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: false,
  // WXT would otherwise post "<extension-id>:…:content-script-started" to every page: a fingerprint.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const open = new Set<(d: Decision) => void>();
    // If the extension is reloaded mid-dialog its UI disappears: let the wallet ask instead.
    ctx.onInvalidated(() => {
      for (const finish of open) finish('forward');
    });
    listenForChecks(window, {
      onCheck: (msg) =>
        new Promise<Decision>((resolve) => {
          let settled = false;
          const finish = (d: Decision) => {
            if (settled) return;
            settled = true;
            open.delete(finish);
            resolve(d);
          };
          open.add(finish);
          check(ctx, msg).then(finish, (err: unknown) => {
            console.warn('Whale Lens: the pre-sign check failed; request forwarded.', err);
            finish('forward');
          });
        }),
      onBypass: (reason) => console.warn(`Whale Lens: ${reason}`),
    });
  },
});

async function check(ctx: ContentScriptContext, msg: CheckMessage): Promise<Decision> {
  let params: unknown;
  try {
    params = JSON.parse(msg.payload);
  } catch {
    return 'forward';
  }
  const chainId = msg.chainId ? Number(BigInt(msg.chainId)) : null;
  const touches = decodeRequest({ method: msg.method, params }, chainId);
  if (touches.length === 0) return 'forward';

  const settings = await loadSettings().catch(() => null);
  const host = location.hostname;
  // Only the explicit "warnings off on this site" switch (or Whale Lens off here) skips the check;
  // a hidden badge does not.
  if (settings && guardOffOn(settings, host)) return 'forward';

  return runGuard(touches, {
    ask: (chainId, address, waitMs) => askBackground({ type: 'report.get', chainId, address, waitMs }),
    dismiss: (chainId, address) => askBackground({ type: 'token.dismiss', chainId, address, dismissed: true }),
    show: (view, t, choose) => showDialog(ctx, view, t, choose),
  });
}
