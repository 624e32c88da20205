import { useQuery } from '@tanstack/react-query';
import { fetchDataFile } from '../data/fetch-data-file';

/**
 * Loads `public/data/geo/<code>.json` on demand and registers it with ECharts once, under
 * the region code. The map series code loads in parallel with the geometry, so neither is in
 * the initial bundle. `data` is the map name to use in options once it is registered.
 */
export const useGeo = (code: string | null, enabled = true) =>
  useQuery({
    queryKey: ['geo', code],
    enabled: enabled && code !== null,
    queryFn: async ({ signal }) => {
      if (code === null) throw new Error('no map to load');
      const [{ registerMapOnce }, json] = await Promise.all([
        import('./echarts-map'),
        fetchDataFile(`geo/${code}.json`, fetch, signal),
      ]);
      registerMapOnce(code, json);
      return code;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
