import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The element's width in CSS pixels, followed as it changes: a chart drawn at its real width keeps
 * its labels at the page's text size, on a phone as on a desktop.
 */
export const useWidth = (ref: RefObject<Element | null>, initial: number): number => {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
};
