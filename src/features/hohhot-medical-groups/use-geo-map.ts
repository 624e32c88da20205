import { queryOptions, useQuery } from '@tanstack/react-query';
import { registerMapOnce } from '../../charts/echarts-setup';
import { DataLoadError, fetchDataFile } from '../../data/load';

const isFeatureCollection = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && 'features' in json && Array.isArray(json.features);

/**
 * Fetches public/data/geo/<code>.json and registers it with ECharts under the code. The query
 * yields the map name only: ECharts decodes the geometry in place, so nothing else should
 * hold on to the object.
 */
export const geoMapQueryOptions = (code: string, fetchImpl?: typeof fetch) =>
  queryOptions<string, DataLoadError>({
    queryKey: ['geo', code],
    queryFn: async ({ signal }) => {
      const file = `geo/${code}.json`;
      const json = await fetchDataFile(file, fetchImpl, signal);
      if (!isFeatureCollection(json)) {
        throw new DataLoadError(file, 'schema', [
          { path: '$.features', message: 'must be an array of GeoJSON features' },
        ]);
      }
      registerMapOnce(code, json);
      return code;
    },
    // Geometry never changes while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

export const useGeoMap = (code: string) => useQuery(geoMapQueryOptions(code));
