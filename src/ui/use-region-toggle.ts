import { useCallback, useEffect, useMemo, useRef } from 'react';

/**
 * Cross-filtering from a chart that stands for regions: a click selects the region, a second
 * click on the selected one goes back to `whole`. The handlers object stays the same for the
 * chart's lifetime and reads the latest selection through a ref, so echarts-for-react never
 * rebinds its events.
 */
export const useRegionToggle = (
  selectedRegion: string,
  selectRegion: (code: string) => void,
  whole: string,
  regionOf: (params: unknown) => string | undefined,
) => {
  const latest = useRef({ selectedRegion, selectRegion, regionOf });
  useEffect(() => {
    latest.current = { selectedRegion, selectRegion, regionOf };
  });
  const toggle = useCallback(
    (code: string) =>
      latest.current.selectRegion(code === latest.current.selectedRegion ? whole : code),
    [whole],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const code = latest.current.regionOf(params);
        if (code !== undefined) toggle(code);
      },
    }),
    [toggle],
  );
  return { toggle, onEvents };
};
