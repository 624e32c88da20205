import { useEffect } from 'react';

/** The panel a `#panel-<id>` fragment names, or null for any other fragment. */
export const anchoredPanelId = (hash: string): string | null => {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/u, ''));
  } catch {
    return null;
  }
  return /^panel-[\w-]+$/u.test(id) ? id : null;
};

/** Space kept between a sticky bar (the filter bar on wide screens) and the panel's top. */
const GAP = 8;
/** Long enough for every dataset, font and chart box above the panel to arrive on a slow line. */
const GIVE_UP_MS = 20_000;

/** The bottom edge of whatever is stuck to the top of the viewport (0 when nothing is). */
const stickyBottom = (): number => {
  let bottom = 0;
  for (const el of document.querySelectorAll<HTMLElement>('[data-sticky-top]')) {
    const position = getComputedStyle(el).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const rect = el.getBoundingClientRect();
    if (rect.top <= 0.5 && rect.bottom > 0) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
};

/**
 * Keeps the element `id` (a panel) aligned under the sticky bar whenever anything on the page
 * resizes: the datasets, charts and fonts above it arrive after it was scrolled to and would
 * push it away. Until the reader scrolls, types or clicks themselves (their intent wins) or time
 * runs out. Returns what stops it.
 */
export const holdPanelInView = (id: string): (() => void) => {
  const align = () => {
    const el = document.getElementById(id);
    if (!el) return;
    const offset = el.getBoundingClientRect().top - stickyBottom() - GAP;
    if (Math.abs(offset) >= 1) window.scrollBy({ top: offset, behavior: 'instant' });
  };
  const resized = new ResizeObserver(align);
  resized.observe(document.body);
  // The panel may not exist yet; once it does, watch its own size as well.
  const added = new MutationObserver(() => {
    if (watchPanel()) align();
  });
  const watchPanel = () => {
    const el = document.getElementById(id);
    if (!el) return false;
    resized.observe(el);
    added.disconnect();
    return true;
  };
  if (!watchPanel()) added.observe(document.body, { childList: true, subtree: true });
  const userEvents = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    resized.disconnect();
    added.disconnect();
    window.clearTimeout(timer);
    userEvents.forEach((type) => window.removeEventListener(type, stop));
  };
  const timer = window.setTimeout(stop, GIVE_UP_MS);
  userEvents.forEach((type) => window.addEventListener(type, stop, { passive: true }));
  align();
  return stop;
};

/**
 * Lands a `#panel-<id>` link on its panel and keeps it there while the content above it
 * arrives (holdPanelInView). The browser scrolls to a fragment once, at load, when the panels
 * do not exist yet (they wait for their data), and never again as the page's height changes.
 * In-page `#panel-` links (hashchange) go through the same path, so they clear the sticky bar.
 */
export function usePanelAnchor(): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    const follow = () => {
      stop?.();
      const id = anchoredPanelId(window.location.hash);
      stop = id ? holdPanelInView(id) : null;
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      stop?.();
    };
  }, []);
}
