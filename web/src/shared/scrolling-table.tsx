import type { ComponentChildren } from 'preact';
import './scrolling-table.css';

type Name = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A table that may be wider than a phone's screen: it scrolls sideways within a named region the
 * keyboard can reach and scroll (WCAG 2.1.1; axe's `scrollable-region-focusable`), not the page.
 */
export const ScrollingTable = ({ children, ...name }: Name & { children: ComponentChildren }) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or keyboard users cannot scroll it
  <section class="table-scroll" aria-label={name.label} aria-labelledby={name.labelledBy} tabIndex={0}>
    {children}
  </section>
);
