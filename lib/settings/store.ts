/**
 * The settings item in extension storage (`local:settings`), versioned so later
 * shapes can migrate old values. Extension-only: Node code imports ./defaults.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from './types';
import { DEFAULT_SETTINGS, withDefaults } from './defaults';

export { DEFAULT_SETTINGS, withDefaults } from './defaults';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Reads settings, filling fields a stored older value lacks from the defaults. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return withDefaults(stored);
}
