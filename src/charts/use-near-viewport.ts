import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface NearViewport {
  /** Within `margin` of the viewport now. */
  near: boolean;
  /** Has been near at least once: a chart's code is fetched then (it is created only when near). */
  reached: boolean;
}

/**
 * Where the element is relative to the viewport, widened by `margin` above and below: charts
 * below the fold are created as the reader scrolls towards them, and a live chart far away
 * need not redraw until it comes back. Where IntersectionObserver is missing (jsdom, very old
 * browsers) everything counts as near.
 */
export const useNearViewport = (ref: RefObject<Element | null>, margin = '400px'): NearViewport => {
  const observing = typeof IntersectionObserver !== 'undefined';
  const [state, setState] = useState<NearViewport>({ near: !observing, reached: !observing });
  useEffect(() => {
    const element = ref.current;
    if (!observing || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries.some((entry) => entry.isIntersecting);
        setState((s) =>
          s.near === near && (s.reached || !near) ? s : { near, reached: s.reached || near },
        );
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, observing]);
  return state;
};
