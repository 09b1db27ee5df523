import type { ComponentChildren } from 'preact';

/** A titled part of a page; its id names it for tests and for `aria-labelledby`. */
export function Section(props: { id: string; heading: string; children: ComponentChildren }) {
  const headingId = `${props.id}-heading`;
  return (
    <section class="section" data-section={props.id} aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      {props.children}
    </section>
  );
}

/** Says plainly that there is nothing here yet, and why. */
export function EmptyState(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}
