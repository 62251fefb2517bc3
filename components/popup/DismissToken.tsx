import { useState } from 'preact/hooks';

interface Props {
  onDismiss(dismissed: boolean): Promise<void> | void;
}

/** "Don't warn about this token", with an undo; a failure is said, not swallowed. */
export function DismissToken({ onDismiss }: Props) {
  const [dismissed, setDismissed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (next: boolean) => {
    setError(null);
    try {
      await onDismiss(next);
      setDismissed(next);
    } catch (err) {
      setError(err instanceof Error ? err.message.split('\n')[0] : String(err));
    }
  };
  return (
    <div class="wl-dismiss">
      {dismissed ? (
        <p role="status">
          Whale Lens won’t warn about this token any more.{' '}
          <button type="button" onClick={() => toggle(false)}>
            Undo
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => toggle(true)}>
          Don’t warn about this token
        </button>
      )}
      {error ? <p class="wl-error" role="alert">{error}</p> : null}
    </div>
  );
}
