/**
 * Errors are values a person can read: a short message for the UI/CLI line,
 * optional details, and the cause kept for debugging (never shown as a stack).
 */
export class WhaleLensError extends Error {
  override name = 'WhaleLensError';
  readonly shortMessage: string;
  readonly details?: string;

  constructor(shortMessage: string, options: { cause?: unknown; details?: string } = {}) {
    super(options.details ? `${shortMessage} (${options.details})` : shortMessage, {
      cause: options.cause,
    });
    this.shortMessage = shortMessage;
    this.details = options.details;
  }

  /** Walks the cause chain; returns the first error matching fn, or the deepest one. */
  walk(fn?: (err: unknown) => boolean): unknown {
    let err: unknown = this;
    while (err instanceof Error && err.cause !== undefined) {
      if (fn?.(err)) return err;
      err = err.cause;
    }
    return fn ? (fn(err) ? err : null) : err;
  }
}

/** Bad user input (a file, an address, a flag). The CLI exits with code 2. */
export class InputError extends WhaleLensError {
  override name = 'InputError';
}

/** One line for a person: never a stack trace. */
export function oneLine(err: unknown): string {
  if (err instanceof WhaleLensError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err);
}
