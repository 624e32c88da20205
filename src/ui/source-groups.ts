import type { DatasetMeta, ObservationRow } from '../charts/observation-row';
import { dimensionsText } from '../charts/observation-row';
import type { Observation } from '../data/schema';
import { indicatorById } from '../data/select';
import { figureSpans, markQuote } from './quote-marks';
import type { QuoteSegment } from './quote-marks';

/** One figure a sentence states, as listed under it. */
export interface SourceFigure {
  key: string;
  /** "收缴雷管 · 内蒙古自治区 · 2020" (and any breakdown). */
  label: string;
  value: string;
  /** The row it lists, for its derived or inferred mark and the basis of an inference. */
  row: ObservationRow;
}

/** One sentence of an article, shown once, with every figure of the view it states. */
export interface SourceGroup {
  key: string;
  quote: string;
  /** The quote cut into text and the stretches that state the listed figures. */
  segments: QuoteSegment[];
  /** A faithful English translation of the quote, where the data has one. */
  quoteEn: string | null;
  source: string;
  figures: SourceFigure[];
}

const normalize = (text: string) => text.replace(/\s+/gu, '');

/**
 * Groups the displayed figures by the sentence that states them, in the order the sentences
 * first appear: an article sentence that gives eight figures is shown once, with the eight
 * listed under it and each number marked in it. `rows[i]` displays `observations[i]`.
 */
export const groupBySentence = (
  meta: DatasetMeta,
  observations: readonly Observation[],
  rows: readonly ObservationRow[],
): SourceGroup[] => {
  const groups = new Map<string, SourceGroup & { spans: ReturnType<typeof figureSpans> }>();
  observations.forEach((observation, i) => {
    const row = rows[i];
    if (!row) return;
    // The same sentence from two articles stays two entries: each names its own source.
    const key = `${row.sourceText}\u0000${normalize(observation.quote)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        quote: observation.quote,
        segments: [],
        quoteEn: null,
        source: row.sourceText,
        figures: [],
        spans: [],
      };
      groups.set(key, group);
    }
    group.quoteEn ??= observation.quoteEn ?? null;
    group.spans.push(
      ...figureSpans(group.quote, observation, indicatorById(meta, observation.indicator)),
    );
    group.figures.push({
      key: row.key,
      label: [row.indicator, row.region, row.when, dimensionsText(row)].filter(Boolean).join(' · '),
      value: row.valueText,
      row,
    });
  });
  return [...groups.values()].map(({ spans, ...group }) => ({
    ...group,
    segments: markQuote(group.quote, spans),
  }));
};
