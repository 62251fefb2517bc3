import { useState } from 'preact/hooks';

interface Props {
  id: string;
  type?: 'text' | 'url' | 'password';
  /** A secret (API key): shown as dots, with a Show/Hide button. */
  secret?: boolean;
  placeholder?: string;
  maxLength?: number;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url';
  label: string;
  value: string;
  error?: string | null;
  hint?: string;
  onValue(value: string): void;
}

/** A labelled input whose error is tied to it (aria-invalid + aria-describedby). */
export function Field({ id, label, value, error, hint, onValue, type = 'text', placeholder, maxLength, inputMode, secret }: Props) {
  const [shown, setShown] = useState(false);
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="wl-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        spellcheck={false}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        type={secret && !shown ? 'password' : type}
        placeholder={placeholder}
        maxLength={maxLength}
        inputMode={inputMode}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
      />
      {secret ? (
        <button type="button" class="wl-show-secret" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? `Hide ${label}` : `Show ${label}`}
        </button>
      ) : null}
      {hint ? (
        <span id={`${id}-hint`} class="wl-muted wl-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} class="wl-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
