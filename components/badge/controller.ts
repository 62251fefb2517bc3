/**
 * Keeps the badge in step with the background: shows the first answer, then while the analysis
 * runs follows progress events and asks again (backing off) until a final answer arrives.
 * No browser APIs here: `ask` and `render` are given, so tests drive it directly.
 */
import type { AnalysisProgress, PageTarget, ReportState } from '../../lib/messaging/background-protocol';
import { toBadgeView, type BadgeView } from './model';

export interface ControllerDeps {
  /** Asks the background for the target's report (`report.get`); undefined when it did not answer. */
  ask(target: PageTarget): Promise<ReportState | null | undefined>;
  render(view: BadgeView): void;
  /** Poll delays while analysing, ms; the last one repeats until `maxWaitMs`. */
  delays?: number[];
  maxWaitMs?: number;
}

const DEFAULT_DELAYS = [1000, 2000, 3000, 5000];
const DEFAULT_MAX_WAIT = 5 * 60_000;

export interface BadgeController {
  show(target: PageTarget, state: ReportState | null | undefined): void;
  /** A progress event for the token being analysed. */
  progress(p: AnalysisProgress): void;
  refresh(): Promise<void>;
  readonly target: PageTarget | null;
  stop(): void;
}

export function createBadgeController(deps: ControllerDeps): BadgeController {
  const delays = deps.delays ?? DEFAULT_DELAYS;
  const maxWait = deps.maxWaitMs ?? DEFAULT_MAX_WAIT;
  let target: PageTarget | null = null;
  let state: ReportState | null | undefined;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let startedAt = 0;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  function apply(next: ReportState | null | undefined): void {
    state = next;
    deps.render(toBadgeView(target, state));
    clear();
    if (state?.status === 'analysing' || (state?.status === 'ready' && state.stale)) schedule();
  }

  function schedule(): void {
    if (Date.now() - startedAt > maxWait) return;
    const delay = delays[Math.min(attempt, delays.length - 1)];
    attempt++;
    timer = setTimeout(() => void refresh(), delay);
  }

  async function refresh(): Promise<void> {
    if (!target) return;
    const gen = generation;
    let next: ReportState | null | undefined;
    try {
      next = await deps.ask(target);
    } catch {
      next = undefined;
    }
    if (gen !== generation) return; // the page moved on meanwhile
    apply(next);
  }

  return {
    get target() {
      return target;
    },
    show(t, s) {
      generation++;
      attempt = 0;
      startedAt = Date.now();
      target = t;
      apply(s);
    },
    progress(p) {
      if (state?.status !== 'analysing') return;
      if (p.phase === 'done') {
        void refresh();
        return;
      }
      const { partial, ...progress } = p;
      state = partial ? { ...state, progress, partial } : { ...state, progress };
      deps.render(toBadgeView(target, state));
    },
    refresh,
    stop() {
      generation++;
      clear();
      target = null;
    },
  };
}
