import { useState } from 'preact/hooks';
import { copyText } from './clipboard';

interface Props {
  text: string;
  /** What is copied, for screen readers: "Copy address 0x…". */
  what: string;
  label?: string;
}

/** A small button that copies a value and says so (politely, to screen readers too). */
export function CopyButton({ text, what, label = 'Copy' }: Props) {
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const onClick = async () => {
    try {
      await copyText(text);
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <button type="button" class="wl-copy" onClick={onClick} aria-label={`${label} ${what}`} title={`${label} ${what}`}>
      {status === 'done' ? 'Copied' : status === 'failed' ? 'Copy failed' : label}
      <span class="wl-visually-hidden" aria-live="polite">
        {status === 'done' ? `${what} copied` : ''}
      </span>
    </button>
  );
}
