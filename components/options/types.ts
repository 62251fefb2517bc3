import type { BackgroundRequest, BackgroundResponses } from '../../lib/messaging/background-protocol';
import type { Settings } from '../../lib/settings/types';

/** How the options page talks to the background; the container passes askBackground. */
export type Ask = <T extends BackgroundRequest['type']>(msg: Extract<BackgroundRequest, { type: T }>) => Promise<BackgroundResponses[T]>;

/** Writes a change to the stored settings; rejects with a readable error when storage fails. */
export type Update = (patch: Partial<Settings>) => Promise<void>;

export interface SectionProps {
  settings: Settings;
  update: Update;
}
