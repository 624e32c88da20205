import type { Observation } from './schema';

/**
 * The identity of one figure: no two observations of a dataset may share it. In a module of
 * its own so the page can use it without bringing in the schema (and zod).
 */
export const observationKey = (o: Pick<Observation, 'indicator' | 'region' | 'year' | 'dims'>) =>
  `${o.indicator}|${o.region}|${o.year}|${Object.entries(o.dims ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;
