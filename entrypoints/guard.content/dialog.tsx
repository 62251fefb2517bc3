/**
 * Mounts the pre-sign dialog in a closed shadow root on top of the page. The page cannot
 * reach into a closed root, and the dialog acts only on trusted clicks and key presses.
 * If the page removes the host element while the person decides, it is put back.
 * "Continue" (and "don't warn again") count only when the dialog has been visible and unmoved
 * for a moment (./visibility.ts); a dialog the page keeps off screen stops the request.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuardDialog } from '../../components/guard-dialog/GuardDialog';
import { guardDialogCss } from '../../components/guard-dialog/styles';
import type { Decision } from '../../lib/guard/bridge/protocol';
import type { GuardView } from '../../lib/guard/decide';
import type { DialogHandle } from '../../lib/guard/flow';
import type { TouchedToken } from '../../lib/guard/types';
import { HIDDEN_LIMIT_MS, watchVisibility, type VisibilityGate } from './visibility';

export function showDialog(
  ctx: ContentScriptContext,
  view: GuardView,
  touches: TouchedToken[],
  choose: (d: Decision, dontWarnAgain: boolean) => void,
  /** The page keeps the dialog hidden: offer the choice elsewhere (the toolbar popup) instead of stopping. */
  onHidden?: () => void,
): DialogHandle {
  let current = view;
  let container: HTMLElement | null = null;
  let closed = false;
  let keepAlive: number | undefined;
  let remove: (() => void) | null = null;
  let gate: VisibilityGate | null = null;
  let failed = false;
  const fail = (err: unknown) => {
    if (failed || closed) return;
    failed = true;
    console.warn('Whale Lens: could not show the warning; the request was stopped.', err);
    choose('reject', false);
  };

  // Cancel always counts (it only stops the page's own request); anything that lets the
  // request through or changes settings needs a dialog the person could see.
  const onChoose = (d: Decision, dontWarnAgain: boolean) => {
    if ((d === 'forward' || dontWarnAgain) && !gate?.accepts()) return;
    choose(d, dontWarnAgain);
  };
  const draw = () => {
    if (!container) return;
    render(<GuardDialog view={current} touches={touches} onChoose={onChoose} locale={navigator.language} />, container);
    if (!gate) {
      const box = container.querySelector('[role="dialog"]');
      if (box)
        gate = watchVisibility(box, {
          onHidden: () => {
            if (onHidden) return onHidden();
            console.warn('Whale Lens: could not show the warning (the page hid it); the request was stopped.');
            choose('reject', false);
          },
        });
    }
  };

  createShadowRootUi(ctx, {
    name: 'whale-lens-guard',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    css: guardDialogCss,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click'],
    onMount(el) {
      container = el;
      draw();
    },
    onRemove() {
      gate?.stop();
      if (container) render(null, container);
    },
  }).then(
    (ui) => {
      if (closed) return;
      try {
        ui.mount();
      } catch (err) {
        return fail(err);
      }
      remove = () => ui.remove();
      keepAlive = window.setInterval(() => {
        if (!ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
      }, 250);
    },
    (err: unknown) => fail(err),
  );
  // The dialog must come up: if it has not been drawn by then, the request is stopped rather
  // than left waiting for a choice nobody can make.
  const upTimer = window.setTimeout(() => {
    if (!gate && !closed) fail(new Error('the dialog did not come up'));
  }, HIDDEN_LIMIT_MS);

  return {
    update(v) {
      current = v;
      draw();
    },
    close() {
      closed = true;
      clearTimeout(upTimer);
      gate?.stop();
      if (keepAlive !== undefined) clearInterval(keepAlive);
      remove?.();
    },
  };
}
