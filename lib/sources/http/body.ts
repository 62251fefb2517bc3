/** Reading and summarising response bodies without trusting them. */

/** A one-line, bounded excerpt of what the service said, for an error's details (rendered as text only). */
export function errorDetail(text: string): string | undefined {
  let message: unknown;
  try {
    const json: unknown = JSON.parse(text);
    if (json && typeof json === 'object') {
      const o = json as Record<string, unknown>;
      const err = o.error;
      const errors = o.errors;
      message =
        typeof o.message === 'string'
          ? o.message
          : err && typeof err === 'object' && typeof (err as Record<string, unknown>).message === 'string'
            ? (err as Record<string, unknown>).message
            : typeof err === 'string'
              ? err
              : Array.isArray(errors) && errors[0] && typeof errors[0] === 'object'
                ? ((errors[0] as Record<string, unknown>).message ?? (errors[0] as Record<string, unknown>).title)
                : undefined;
    }
  } catch {
    message = undefined;
  }
  const line = (typeof message === 'string' ? message : '').replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
