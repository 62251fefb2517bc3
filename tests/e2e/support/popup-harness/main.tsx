/**
 * Test-only page: the popup's components (components/popup) rendered with fixture data, so each
 * state can be screenshotted in real Chromium without a live analysis. Not part of the extension.
 * ?scenario=<name> picks one of tests/popup/fixtures.ts allStates(); &tab=<id> opens a section.
 */
import { render } from 'preact';
import '../../../../components/common/theme.css';
import '../../../../components/popup/popup.css';
import { Popup } from '../../../../components/popup/Popup';
import { allStates, CHAINS, NOW } from '../../../popup/fixtures';

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'healthy';
const tab = allStates()[scenario] ?? null;
const noop = () => {};

render(
  <Popup
    tab={tab}
    chains={CHAINS}
    locale="en-US"
    now={NOW}
    onAnalyse={noop}
    onRefresh={noop}
    onRetry={noop}
    onDismissToken={noop}
    onOpenOptions={noop}
    siteChoices={
      tab?.site
        ? {
            site: tab.site,
            guardOff: true,
            badgeHidden: true,
            dismissedHere: [{ chainId: 1, address: '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984', label: 'UNI' }],
          }
        : undefined
    }
    onGuardOff={noop}
    onBadgeHidden={noop}
    onUndismissHere={noop}
  />,
  document.getElementById('app')!,
);
document.body.dataset.ready = tab ? scenario : 'unknown-scenario';
