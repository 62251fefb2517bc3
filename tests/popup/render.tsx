import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { TabState } from '../../lib/messaging/background-protocol';
import { Popup, type PopupProps } from '../../components/popup/Popup';
import { CHAINS, NOW } from './fixtures';

/** Renders the popup with fixture data and spy callbacks. */
export function renderPopup(tab: TabState | null, overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    tab,
    chains: CHAINS,
    locale: 'en-US',
    now: NOW,
    onAnalyse: vi.fn(),
    onRefresh: vi.fn(),
    onRetry: vi.fn(),
    onDismissToken: vi.fn(async () => {}),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  return { ...render(<Popup {...props} />), props };
}
