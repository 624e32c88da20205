import MiniSearch from 'minisearch';
import { figureId } from '../figure-id';
import type { FigureHit, FigureRef } from '../figure-ref';
import type { Dataset, Observation, Region } from '../schema';
import { numberTerms, pinyinTerms, processTerm, tokenize } from './search-terms';

/**
 * Above this many figures a dataset (e.g. a synthetic 1M-observation one) adds one entry per
 * indicator and one per region, each its latest figure, rather than every figure: its names
 * become findable while building the index stays fast.
 */
export const LARGE_DATASET = 5000;

// Field weights: a hit in the indicator's name or the region counts most, the quote least.
const BOOST = {
  indicator: 4,
  region: 3,
  value: 3,
  pinyin: 2,
  dims: 2,
  year: 1,
  quote: 1,
  dataset: 0.5,
};
type Field = keyof typeof BOOST;
const FIELDS = Object.keys(BOOST) as Field[];

interface Doc extends Record<Field, string> {
  n: number;
}

const numericValue = (o: Observation): string[] =>
  typeof o.value === 'number' ? numberTerms(String(o.value)) : [];

/** The latest figure of each indicator and of each region: a large dataset's entries. */
const representatives = (dataset: Dataset): Observation[] => {
  const byIndicator = new Map<string, Observation>();
  const byRegion = new Map<string, Observation>();
  // One pass, no sorting: the first of the latest year wins, so the choice is deterministic.
  for (const o of dataset.observations) {
    const a = byIndicator.get(o.indicator);
    if (!a || o.year > a.year) byIndicator.set(o.indicator, o);
    const b = byRegion.get(o.region);
    if (!b || o.year > b.year) byRegion.set(o.region, o);
  }
  return [...new Set([...byIndicator.values(), ...byRegion.values()])];
};

export const figureRef = (
  dataset: Dataset,
  observation: Observation,
  regions: ReadonlyMap<string, Region>,
): FigureRef | null => {
  const indicator = dataset.indicators.find((i) => i.id === observation.indicator);
  if (!indicator) return null;
  const region = regions.get(observation.region);
  return {
    id: figureId(dataset.id, observation),
    datasetId: dataset.id,
    datasetTitle: dataset.title,
    indicator,
    observation,
    regionName: region?.name ?? { zh: observation.region, en: observation.region },
    dims: Object.entries(observation.dims ?? {}).map(
      ([dim, value]) =>
        dataset.dimensions?.find((d) => d.id === dim)?.values.find((v) => v.id === value)?.name ?? {
          zh: value,
          en: value,
        },
    ),
  };
};

// Names repeat over hundreds of figures; spell each once.
const pinyinCache = new Map<string, string>();
const pinyinOf = (name: string): string => {
  let terms = pinyinCache.get(name);
  if (terms === undefined) pinyinCache.set(name, (terms = pinyinTerms(name).join(' ')));
  return terms;
};

const docOf = (ref: FigureRef, n: number, region: Region | undefined): Doc => {
  const { indicator, observation: o } = ref;
  const category =
    typeof o.value === 'string' ? indicator.categories?.find((c) => c.id === o.value) : undefined;
  const regionNames = [ref.regionName.zh, ref.regionName.en, ...(region?.aliases ?? [])];
  return {
    n,
    indicator: `${indicator.name.zh} ${indicator.name.en}`,
    region: regionNames.join(' '),
    value: [
      ...numericValue(o),
      category ? `${category.name.zh} ${category.name.en} ${category.terms.join(' ')}` : '',
      indicator.unit.zh,
      indicator.unit.en,
    ].join(' '),
    pinyin: [indicator.name.zh, ...regionNames].map(pinyinOf).join(' '),
    dims: ref.dims.map((d) => `${d.zh} ${d.en}`).join(' '),
    year: String(o.year),
    quote: `${o.quote} ${o.quoteEn ?? ''}`,
    dataset: `${ref.datasetTitle.zh} ${ref.datasetTitle.en}`,
  };
};

/**
 * Full-text search over every figure of every dataset (MiniSearch: BM25 ranking, prefix and
 * fuzzy matching, and our tokenizer for Chinese words, numbers and pinyin).
 */
export const createFigureSearch = (datasets: readonly Dataset[], regionList: readonly Region[]) => {
  const regions = new Map(regionList.map((r) => [r.code, r]));
  const refs: FigureRef[] = [];
  const docs: Doc[] = [];
  for (const dataset of datasets) {
    const figures =
      dataset.observations.length > LARGE_DATASET ? representatives(dataset) : dataset.observations;
    for (const o of figures) {
      const ref = figureRef(dataset, o, regions);
      if (!ref) continue;
      docs.push(docOf(ref, refs.length, regions.get(o.region)));
      refs.push(ref);
    }
  }
  // Names, titles and many quotes repeat over figures: segment each text once while building.
  const segmented = new Map<string, string[]>();
  const index = new MiniSearch<Doc>({
    idField: 'n',
    fields: FIELDS,
    tokenize: (text) => {
      let tokens = segmented.get(text);
      if (!tokens) segmented.set(text, (tokens = tokenize(text)));
      return tokens;
    },
    processTerm,
    searchOptions: {
      tokenize,
      boost: BOOST,
      // Prefix matching lets 雷 find 雷管 and "deto" find detonators while typing; typo
      // tolerance only for Latin words long enough to have one.
      prefix: true,
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
    },
  });
  index.addAll(docs);
  segmented.clear();
  const byId = new Map(refs.map((r) => [r.id, r]));
  // Equal scores: the latest figure first, then the order of the files.
  const yearOf = (r: { id: unknown }) => refs[r.id as number]?.observation.year ?? 0;

  const search = (query: string, limit = 8): FigureHit[] => {
    if (query.trim() === '') return [];
    // Every word must match; if none does, the best partial matches still help.
    let results = index.search(query, { combineWith: 'AND' });
    if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
    return results
      .sort(
        (a, b) => b.score - a.score || yearOf(b) - yearOf(a) || (a.id as number) - (b.id as number),
      )
      .slice(0, limit)
      .flatMap((r) => {
        const ref = refs[r.id as number];
        return ref ? [{ ...ref, terms: r.terms }] : [];
      });
  };
  return { search, get: (id: string) => byId.get(id), size: refs.length };
};

export type FigureSearch = ReturnType<typeof createFigureSearch>;
