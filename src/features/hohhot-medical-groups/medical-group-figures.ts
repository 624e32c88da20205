import type { Dataset, Lang, Observation } from '../../data/schema';
import { dimensionValueName } from '../../data/select';
import { keyFigureOf } from '../../ui/key-figure';
import type { KeyFigure } from '../../ui/key-figure';

/**
 * Key figures in the order of `indicators`. A figure split by a dimension (key specialties by
 * hospital tier) names its value in the label, or the two cards would read the same.
 */
export const orderedFigures = (
  dataset: Dataset,
  observations: readonly Observation[],
  indicators: readonly string[],
  lang: Lang,
): KeyFigure[] =>
  indicators.flatMap((id) =>
    observations
      .filter((o) => o.indicator === id)
      .map((o) => {
        const figure = keyFigureOf(dataset, o, lang);
        const dims = Object.entries(o.dims ?? {}).map(([dim, value]) =>
          dimensionValueName(dataset, dim, value, lang),
        );
        if (dims.length === 0) return figure;
        const suffix = lang === 'zh' ? `（${dims.join('，')}）` : ` (${dims.join(', ')})`;
        return { ...figure, label: `${figure.label}${suffix}` };
      }),
  );
