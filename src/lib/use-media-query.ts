import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

const canMatch = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

/**
 * What media queries match while rendering without a window: nothing, unless the prerender
 * renders a page as a phone would see it. Hydration uses the same answer, so the first client
 * render matches the prerendered markup; the live answer follows right after.
 */
export const ServerMediaContext = createContext<(query: string) => boolean>(() => false);

/** Whether a media query matches, live; the server answer where there is no matchMedia. */
export const useMediaQuery = (query: string): boolean => {
  const serverMatch = useContext(ServerMediaContext);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!canMatch()) return () => undefined;
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => (canMatch() ? window.matchMedia(query).matches : serverMatch(query)),
    () => serverMatch(query),
  );
};
