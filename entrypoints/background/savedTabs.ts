/**
 * What open tabs show, kept for the browser session only (storage.session: memory, never on
 * disk, gone when the browser closes) so a restarted worker still knows its tabs.
 */
import { storage } from 'wxt/utils/storage';
import type { SavedTab } from '../../lib/service/tabs';

export const savedTabsItem = storage.defineItem<SavedTab[]>('session:tabs', { fallback: [] });
