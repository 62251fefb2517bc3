import type { ComponentChildren } from 'preact';

/** A definition list row; keeps markup uniform across sections. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="wl-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
