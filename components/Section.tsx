import type { ComponentChildren } from 'preact';

/**
 * A titled part of a page; its id names it for tests and for `aria-labelledby`. `anchor` makes it a
 * target of links such as `reminders.html#backups`.
 */
export function Section(props: {
  id: string;
  heading: string;
  anchor?: boolean;
  children: ComponentChildren;
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section
      class="section"
      data-section={props.id}
      aria-labelledby={headingId}
      {...(props.anchor ? { id: props.id, tabIndex: -1 } : {})}
    >
      <h2 id={headingId}>{props.heading}</h2>
      {props.children}
    </section>
  );
}

/** Says plainly that there is nothing here yet, and why. */
export function EmptyState(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}
