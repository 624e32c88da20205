import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * True once the element has come within `margin` of the viewport, and from then on: charts
 * below the fold are created as the reader scrolls towards them, and kept afterwards.
 * Where IntersectionObserver is missing (jsdom, very old browsers) everything counts as near.
 */
export const useNearViewport = (ref: RefObject<Element | null>, margin = '400px'): boolean => {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
};
