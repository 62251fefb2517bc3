/**
 * How the always-running detect content script and the badge chunk (loaded only on a match)
 * talk: the chunk, once imported, registers `mountBadge` under this key in the content script's
 * isolated world (never the page's). Types only, plus the key: nothing here weighs anything.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageTarget, ReportState } from '../../lib/messaging/background-protocol';

export const BADGE_KEY = '__whaleLensDetectBadge';
/** Where the chunk lives in the extension (built from entrypoints/detect-badge/). */
export const BADGE_CHUNK_PATH = '/detect-badge.js';

export interface BadgeMountOptions {
  /** The site (lower-case, no "www."), for "hide on this site". */
  host: string;
  target: PageTarget;
  state: ReportState | null | undefined;
  ask(target: PageTarget): Promise<ReportState | null | undefined>;
}

export interface BadgeHandle {
  update(target: PageTarget, state: ReportState | null | undefined): void;
  remove(): void;
}

export type MountBadge = (ctx: ContentScriptContext, opts: BadgeMountOptions) => Promise<BadgeHandle>;
