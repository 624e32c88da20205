import { observationKey } from './observation-key';
import type { Observation } from './schema';

type FigureKey = Pick<Observation, 'indicator' | 'region' | 'year' | 'dims'>;

/**
 * cyrb53: a 53-bit string hash (public domain). Two 32-bit multiply-xorshift lanes: well
 * spread, deterministic everywhere, and wide enough that a million figures of one dataset
 * collide with probability ~2e-4 (checked over the real data by the tests).
 */
const cyrb53 = (text: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
};

const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0').slice(-width);

/** The dataset part of every figure id of a dataset: 4 base-36 characters. */
export const datasetIdPart = (datasetId: string): string => base36(cyrb53(datasetId), 4);

/**
 * A figure's permanent id: `<dataset part>-<figure part>`, e.g. `x3k9-0q2n7c1d8e`: 15
 * characters of [0-9a-z-], URL-safe without escaping. Derived only from what identifies a
 * figure (dataset id, indicator, region, year, dims: schema.ts `observationKey`), so it
 * survives corrections of the value or quote and reordering of the file. The dataset part
 * lets a link be resolved by hashing one dataset's figures rather than all of them.
 */
export const figureId = (datasetId: string, observation: FigureKey): string =>
  `${datasetIdPart(datasetId)}-${base36(cyrb53(`${datasetId}|${observationKey(observation)}`), 10)}`;

export const FIGURE_ID_PATTERN = /^[0-9a-z]{4}-[0-9a-z]{10}$/;

export const isFigureId = (value: string): boolean => FIGURE_ID_PATTERN.test(value);

/** The observation of `observations` whose id is `id`, if any. */
export const findFigure = <O extends FigureKey>(
  datasetId: string,
  observations: readonly O[],
  id: string,
): O | undefined =>
  id.startsWith(`${datasetIdPart(datasetId)}-`)
    ? observations.find((o) => figureId(datasetId, o) === id)
    : undefined;
