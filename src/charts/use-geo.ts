import { useQuery } from '@tanstack/react-query';
import { fetchDataFile } from '../data/load';
import { registerMapOnce } from './echarts-setup';

/**
 * Loads `public/data/geo/<code>.json` on demand and registers it with ECharts once, under
 * the region code. `data` is the map name to use in options once it is registered.
 */
export const useGeo = (code: string) =>
  useQuery({
    queryKey: ['geo', code],
    queryFn: async ({ signal }) => {
      const json = await fetchDataFile(`geo/${code}.json`, fetch, signal);
      registerMapOnce(code, json);
      return code;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
