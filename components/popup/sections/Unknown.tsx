import type { ComponentChildren } from 'preact';

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

/** A definition list row; keeps markup uniform across sections. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="wl-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
