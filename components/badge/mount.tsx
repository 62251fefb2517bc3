/**
 * Puts the badge on the page in a closed shadow root (the site's CSS cannot style it and the
 * page's scripts cannot read it), wires the controller and "hide on this site". Extension-only.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ProgressEvent } from '../../lib/messaging/background-protocol';
import { settingsItem } from '../../lib/settings/store';
import { Badge } from './Badge';
import { createBadgeController } from './controller';
import type { BadgeHandle, BadgeMountOptions } from './contract';
import type { BadgeView } from './model';
import { BADGE_CSS } from './styles';

/** Hides the badge on this site: only the badge (the guard and the toolbar badge stay on). */
async function hideBadgeOnSite(host: string): Promise<void> {
  const s = await settingsItem.getValue();
  const list = Array.isArray(s.dismissedSites) ? s.dismissedSites : [];
  if (!list.includes(host)) await settingsItem.setValue({ ...s, dismissedSites: [...list, host] });
}

function sameToken(ev: ProgressEvent, t: BadgeMountOptions['target']): boolean {
  return t.kind === 'token' && ev.chainId === t.chainId && ev.address.toLowerCase() === t.address.toLowerCase();
}

export async function mountBadge(ctx: ContentScriptContext, opts: BadgeMountOptions): Promise<BadgeHandle> {
  let container: HTMLElement | undefined;
  let view: BadgeView = { state: 'hidden' };
  let removed = false;

  const draw = () => {
    if (!container) return;
    render(<Badge view={view} onDismiss={onDismiss} onHideForPage={remove} onRetry={() => void controller.refresh()} />, container);
  };
  const controller = createBadgeController({
    ask: opts.ask,
    render: (v) => {
      view = v;
      draw();
    },
  });

  const ui = await createShadowRootUi(ctx, {
    name: 'whale-lens-badge',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    css: BADGE_CSS,
    // Keys typed in the badge stay in the badge (no site shortcut fires on Escape or Enter).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer) {
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = undefined;
    },
  });

  // Progress for the analysed token; the background only sends this tab's tokens.
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  try {
    port = browser.runtime.connect({ name: 'progress' });
    port.onMessage.addListener((msg: unknown) => {
      const ev = msg as ProgressEvent;
      if (ev?.type !== 'analysis.progress' || !ev.progress) return;
      const t = controller.target;
      if (t && (t.kind === 'protocol' || sameToken(ev, t))) controller.progress(ev.progress);
    });
    port.onDisconnect.addListener(() => (port = undefined));
  } catch {
    port = undefined; // polling still brings the result
  }

  function remove(): void {
    if (removed) return;
    removed = true;
    controller.stop();
    port?.disconnect();
    ui.remove();
  }

  function onDismiss(): void {
    remove();
    void hideBadgeOnSite(opts.host).catch(() => undefined);
  }

  ctx.onInvalidated(remove);
  ui.mount();
  controller.show(opts.target, opts.state);
  return {
    update(target, state) {
      if (!removed) controller.show(target, state);
    },
    remove,
  };
}
