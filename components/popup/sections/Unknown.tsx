/** A section we could not fill: grey, "?", and why — never an empty "all good". */
export function UnknownSection({ what, reason }: { what: string; reason: string }) {
  return (
    <div class="wl-unknown" data-unknown={what}>
      <p>
        <span class="wl-unknown-glyph" aria-hidden="true">
          ?
        </span>{' '}
        <strong>{what}: unknown</strong>
      </p>
      <p class="wl-muted">Reason: {reason}</p>
    </div>
  );
}
