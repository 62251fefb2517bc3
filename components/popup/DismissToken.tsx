import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  onDismiss(dismissed: boolean): Promise<void> | void;
}

/** "Don't warn about this token", with an undo; a failure is said, not swallowed. */
export function DismissToken({ onDismiss }: Props) {
  const [dismissed, setDismissed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The button pressed disappears; focus moves to the one that replaces it (Undo, or back), never to the page body.
  const undoRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    (dismissed ? undoRef : dismissRef).current?.focus();
  }, [dismissed]);
  const toggle = async (next: boolean) => {
    setError(null);
    try {
      await onDismiss(next);
      toggled.current = true;
      setDismissed(next);
    } catch (err) {
      setError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
    }
  };
  return (
    <div class="wl-dismiss">
      {dismissed ? (
        <p role="status">
          Whale Lens won’t warn about this token any more.{' '}
          <button type="button" ref={undoRef} onClick={() => toggle(false)}>
            Undo
          </button>
        </p>
      ) : (
        <button type="button" ref={dismissRef} onClick={() => toggle(true)}>
          Don’t warn about this token
        </button>
      )}
      {error ? (
        <p class="wl-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
