/**
 * One history entry per deliberate change. A focused `<select>` stepped with the arrow keys (or by
 * typing its options' first letters) fires `change` on every step in Chromium and Firefox on Windows
 * and Linux. Each step may redraw the view, but the run of steps is one change for Back: its first
 * step pushes a history entry and the later ones replace it. The run ends when the change is made
 * deliberate (Enter, Tab, Escape, focus leaving the control, a pointer) or settles: `SETTLE_MS`
 * without another step. Pure apart from the timer, which is injected so tests can drive it.
 */

/** A step of the keyboard through a select's options, or a change someone made on purpose. */
export type ChangeKind = 'step' | 'deliberate';

/** How a change is written to history. */
export type HistoryMode = 'push' | 'replace';

/** How long a run of steps waits for another before it counts as one settled change. */
export const SETTLE_MS = 500;

/** Keys that move a closed select to another option without choosing it on purpose. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** Is this key a step through a select's options? Single characters are too: type-ahead selects by first letter. */
export function isStepKey(key: string): boolean {
  return STEP_KEYS.has(key) || [...key].length === 1;
}

/**
 * What a `change` event was: a step when a select changed and the last thing done in the controls was
 * a step key (not a pointer, not Enter); anything else, including a text field or a chip's hidden
 * input, is deliberate.
 */
export function changeKind(tagName: string, lastKey: string | null): ChangeKind {
  return tagName.toUpperCase() === 'SELECT' && lastKey !== null && isStepKey(lastKey) ? 'step' : 'deliberate';
}

/** The timer functions the run needs (`setTimeout`/`clearTimeout`, or a test's fakes). */
export interface SettleTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: SettleTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A run of keyboard steps: how each change goes into history. */
export interface ChangeRun {
  /** Says how to write a change: the first step of a run and every deliberate change push; later steps replace. */
  change(kind: ChangeKind): HistoryMode;
  /** Ends the run (Enter, focus left, a pointer): the next step pushes again. */
  end(): void;
  /** Whether a run of steps is under way. */
  isOpen(): boolean;
}

/** Starts tracking runs of steps; a run ends by itself `settleMs` after its last step. */
export function createChangeRun(timers: SettleTimers = browserTimers, settleMs: number = SETTLE_MS): ChangeRun {
  let open = false;
  let timer: unknown = null;
  const stopTimer = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const end = (): void => {
    stopTimer();
    open = false;
  };
  return {
    change(kind) {
      const mode: HistoryMode = open && kind === 'step' ? 'replace' : 'push';
      if (kind === 'deliberate') {
        end();
        return mode;
      }
      open = true;
      stopTimer();
      timer = timers.set(end, settleMs);
      return mode;
    },
    end,
    isOpen: () => open,
  };
}
