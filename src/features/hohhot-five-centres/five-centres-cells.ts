import { sourceLine, sourceOf } from '../../data/describe';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { categoryName, dimensionValueName, indicatorById } from '../../data/select';
import { periodText } from '../../charts/period-text';
import { tooltipHtml } from '../../charts/tooltip';
import type { TooltipRow } from '../../charts/tooltip';
import { messages } from '../../i18n/messages';

export const NOT_REPORTED_NAME: Localized = { zh: '文章未提及', en: 'Not reported' };

export interface MatrixRow {
  key: string;
  label: string;
  region: string;
  facility?: string;
  /** Whether any cell of the row holds a figure; only those rows filter the dashboard. */
  reported: boolean;
}

export interface RowOptions {
  lang: Lang;
  regionName: (code: string) => string;
  /** The city whose hospitals get rows of their own (figures with a `facility` there). */
  city: string;
  /** The city's county-level divisions, each a row even when the article says nothing. */
  divisions: readonly string[];
}

/**
 * City hospitals first (a city-wide figure names its hospital), then the divisions the
 * article covers, then the silent ones, so the whole city stays in view.
 */
export const matrixRows = (
  dataset: Dataset,
  statuses: readonly Observation[],
  { lang, regionName, city, divisions }: RowOptions,
): MatrixRow[] => {
  const facilities =
    dataset.dimensions
      ?.find((d) => d.id === 'facility')
      ?.values.filter((v) => statuses.some((o) => o.region === city && o.dims?.facility === v.id))
      .map((v) => ({
        key: `facility:${v.id}`,
        label: v.name[lang],
        region: city,
        facility: v.id,
        reported: true,
      })) ?? [];
  const counties = divisions.map((code) => ({
    key: `region:${code}`,
    label: regionName(code),
    region: code,
    reported: statuses.some((o) => o.region === code),
  }));
  return [
    ...facilities,
    ...counties.filter((r) => r.reported),
    ...counties.filter((r) => !r.reported),
  ];
};

/** The row an observation belongs to: a county hospital's figure stays with its county. */
export const rowOf = (o: Observation, rows: readonly MatrixRow[], city: string) =>
  o.region === city && o.dims?.facility !== undefined
    ? rows.find((r) => r.facility === o.dims?.facility && r.region === city)
    : rows.find((r) => r.region === o.region && r.facility === undefined);

interface TipContext {
  dataset: Dataset;
  lang: Lang;
  regionName: (code: string) => string;
  /** Stroke-map listings, shown with the stroke centre they lead up to. */
  strokeMap: readonly Observation[];
}

/** Escaped tooltip HTML: centre, hospital and place, status, year and source line. */
export const cellTooltip = (
  { dataset, lang, regionName, strokeMap }: TipContext,
  row: MatrixRow,
  centre: string,
  status: Observation | undefined,
  statusIndicator: string,
): string => {
  const t = messages[lang];
  const indicator = indicatorById(dataset, statusIndicator);
  const statusLabel = indicator?.name[lang] ?? statusIndicator;
  const dimName = (id: string) => dataset.dimensions?.find((d) => d.id === id)?.name[lang] ?? id;
  const where: TooltipRow[] = row.facility
    ? [
        { label: dimName('facility'), value: row.label },
        { label: t.region, value: regionName(row.region) },
      ]
    : [{ label: t.region, value: row.label }];
  const head = [{ label: dimName('centre'), value: centre }, ...where];
  if (!status) {
    return tooltipHtml([...head, { label: statusLabel, value: NOT_REPORTED_NAME[lang] }]);
  }
  const facility = status.dims?.facility;
  const hospital: TooltipRow[] =
    facility && !row.facility
      ? [
          {
            label: dimName('facility'),
            value: dimensionValueName(dataset, 'facility', facility, lang),
          },
        ]
      : [];
  const listings: TooltipRow[] =
    status.dims?.centre === 'stroke'
      ? strokeMap
          .filter((m) => m.region === status.region && m.dims?.facility === facility)
          .map((m) => {
            const ind = indicatorById(dataset, m.indicator);
            const value = ind ? categoryName(ind, String(m.value), lang) : String(m.value);
            return { label: ind?.name[lang] ?? m.indicator, value: `${value} (${m.year})` };
          })
      : [];
  const name = indicator
    ? categoryName(indicator, String(status.value), lang)
    : String(status.value);
  return tooltipHtml(
    [
      ...head,
      ...hospital,
      ...listings,
      { label: statusLabel, value: status.derived ? `${name} (${t.derived})` : name },
      { label: t.year, value: periodText(status, lang) },
    ],
    `${t.source}: ${sourceLine(sourceOf(dataset, status), lang)}`,
  );
};
