import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabDef {
  id: string;
  label: string;
  render(): ComponentChildren;
}

/**
 * WAI-ARIA tabs: one tab stop, arrow keys / Home / End move between tabs, the panel follows.
 */
export function Tabs({ tabs, label, initial }: { tabs: TabDef[]; label: string; initial?: string }) {
  const [active, setActive] = useState(initial ?? tabs[0]?.id);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const move = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    setActive(tabs[next]!.id);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    if (e.key === 'ArrowRight') move(i + 1);
    else if (e.key === 'ArrowLeft') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(tabs.length - 1);
    else return;
    e.preventDefault();
  };
  // No tabs, nothing to show (the caller decides which sections exist).
  if (!current) return null;
  return (
    <div class="wl-tabs">
      <div role="tablist" aria-label={label} class="wl-tablist">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            ref={(el) => {
              refs.current[i] = el;
            }}
            onClick={() => setActive(t.id)}
            onKeyDown={(e) => onKeyDown(e as unknown as KeyboardEvent, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0} class="wl-tabpanel">
        {current.render()}
      </div>
    </div>
  );
}
