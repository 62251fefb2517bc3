import type { Settings } from '../../lib/settings/types';
import { ApiKeysSection } from './ApiKeysSection';
import { CacheSection } from './CacheSection';
import { ChainsSection } from './ChainsSection';
import { GoPlusSection } from './GoPlusSection';
import { SnapshotSection } from './SnapshotSection';
import { PrivacyStatement } from './PrivacyStatement';
import { SiteRulesSection } from './SiteRulesSection';
import { SitesSection } from './SitesSection';
import { ThresholdsSection } from './ThresholdsSection';
import type { Ask } from './types';

export interface OptionsPageProps {
  settings: Settings;
  defaults: Settings;
  /** Writes the whole settings object; rejects with a readable error when storage fails. */
  save(next: Settings): Promise<void>;
  ask: Ask;
  protocols: { id: string; name: string }[];
  locale?: string;
}

/** Every setting on one page; sections keep what was typed until it is valid and saved. */
export function OptionsPage({ settings, defaults, save, ask, protocols, locale }: OptionsPageProps) {
  const update = (patch: Partial<Settings>) => save({ ...settings, ...patch });
  return (
    <main class="wl-options">
      <h1>Whale Lens settings</h1>
      <nav aria-label="Sections">
        <ul class="wl-toc">
          <li>
            <a href="#privacy-title">Privacy</a>
          </li>
          <li>
            <a href="#chains-title">Chains</a>
          </li>
          <li>
            <a href="#keys-title">API keys</a>
          </li>
          <li>
            <a href="#goplus-title">GoPlus</a>
          </li>
          <li>
            <a href="#thresholds-title">Thresholds</a>
          </li>
          <li>
            <a href="#sites-title">Sites</a>
          </li>
          <li>
            <a href="#rules-title">Site rules</a>
          </li>
          <li>
            <a href="#cache-title">Cache</a>
          </li>
        </ul>
      </nav>
      <PrivacyStatement settings={settings} />
      <ChainsSection settings={settings} update={update} defaults={defaults.chains} ask={ask} locale={locale} />
      <ApiKeysSection settings={settings} update={update} />
      <GoPlusSection settings={settings} update={update} />
      <SnapshotSection settings={settings} update={update} />
      <ThresholdsSection settings={settings} update={update} defaults={defaults.thresholds} />
      <SitesSection settings={settings} update={update} />
      <SiteRulesSection settings={settings} update={update} protocols={protocols} />
      <CacheSection ask={ask} locale={locale} />
    </main>
  );
}
