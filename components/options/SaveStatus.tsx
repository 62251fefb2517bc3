import { useState } from 'preact/hooks';

/** "Saved" / the error line after a write, for a section's role=status line. */
export function useSaveStatus() {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async (what: string, write: () => Promise<void>) => {
    try {
      await write();
      setStatus({ kind: 'ok', text: `${what} saved.` });
      return true;
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not save ${what}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` });
      return false;
    }
  };
  return { status, setStatus, run };
}

export function StatusLine({ status }: { status: { kind: 'ok' | 'error'; text: string } | null }) {
  return (
    <p role="status" class={status?.kind === 'error' ? 'wl-error' : 'wl-muted'}>
      {status?.text ?? ''}
    </p>
  );
}
