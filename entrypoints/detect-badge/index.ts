/**
 * The badge chunk: imported by the detect content script only when a page matched, so Preact
 * and the badge never load on other pages. It registers its mount function in the content
 * script's isolated world (see components/badge/contract.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BADGE_KEY, type MountBadge } from '../../components/badge/contract';
import { mountBadge } from '../../components/badge/mount';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, MountBadge>)[BADGE_KEY] = mountBadge;
});
