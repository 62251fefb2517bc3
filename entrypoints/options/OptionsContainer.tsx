/**
 * The options page's only storage and messaging: settings through settingsItem (WXT storage),
 * background questions through askBackground. Components get data and callbacks.
 */
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging/client';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, withDefaults } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/types';
import { PROTOCOLS } from '../../lib/protocols/index';
import { oneLine } from '../../lib/errors';
import { OptionsPage } from '../../components/options/OptionsPage';

const protocols = PROTOCOLS.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));

export function OptionsContainer() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings()
      .then(setSettings)
      .catch((err) => setError(oneLine(err)));
    // Another page (the popup's "don't warn", a second options tab) may change settings too.
    return settingsItem.watch((next) => setSettings(withDefaults(next)));
  }, []);

  if (error) return <p role="alert">Could not read the settings: {error}</p>;
  if (!settings) return <p role="status">Loading settings…</p>;
  return (
    <OptionsPage
      settings={settings}
      defaults={DEFAULT_SETTINGS}
      protocols={protocols}
      locale={navigator.language}
      ask={askBackground}
      save={async (next) => {
        await settingsItem.setValue(next);
        setSettings(next);
      }}
    />
  );
}
