import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { Ask } from '../../components/options/types';
import type { BackgroundRequest } from '../../lib/messaging/background-protocol';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/types';

export const PROTOCOLS = [
  { id: 'uniswap', name: 'Uniswap' },
  { id: 'aave', name: 'Aave' },
];

/** Answers like the background would; override per test. */
export function fakeAsk(answers: Partial<Record<BackgroundRequest['type'], (msg: BackgroundRequest) => unknown>> = {}) {
  const calls: BackgroundRequest[] = [];
  const ask = (async (msg: BackgroundRequest) => {
    calls.push(msg);
    const answer = answers[msg.type];
    if (answer) return answer(msg);
    if (msg.type === 'cache.stats') return { reports: 3, bytes: 2048 };
    if (msg.type === 'cache.clear') return { ok: true };
    if (msg.type === 'rpc.test') return { ok: true, chainId: 1, blockNumber: 19_000_000 };
    throw new Error(`unexpected ${msg.type}`);
  }) as Ask;
  return { ask, calls };
}

/** The page with settings held in state, like the container does, and every save recorded. */
export function renderOptions(initial: Partial<Settings> = {}, opts: { ask?: Ask; failSave?: string } = {}) {
  const saves: Settings[] = [];
  const { ask, calls } = fakeAsk();
  const save = vi.fn();
  function Harness() {
    const [settings, setSettings] = useState<Settings>({ ...structuredClone(DEFAULT_SETTINGS), ...initial });
    return (
      <OptionsPage
        settings={settings}
        defaults={DEFAULT_SETTINGS}
        protocols={PROTOCOLS}
        locale="en-US"
        ask={opts.ask ?? ask}
        save={async (next) => {
          save(next);
          if (opts.failSave) throw new Error(opts.failSave);
          saves.push(next);
          setSettings(next);
        }}
      />
    );
  }
  return { ...render(<Harness />), saves, save, calls, last: () => saves[saves.length - 1] };
}
