import { useMemo, useState } from 'react';
import { observationRows } from '../charts/observation-row';
import { sourceLine } from '../data/describe';
import { explorerIndicators, yearSpan } from '../data/dataset-summary';
import type { DatasetOpening } from '../data/dataset-summary';
import { useObservations, useOpening, useRegions, useSummary } from '../data/page/use-data';
import type { RegionIndex } from '../data/regions';
import type { Indicator, Observation } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { ExportMenu } from './export-menu';
import { PanelBody } from './panel-body';
import type { SourceProps } from './panel-frame';
import { gateQueries } from './source-gate';
import type { IndexPanelSpec } from './panel-spec';
import type { PanelView } from './view-props';
import { usePanelExporter } from './use-panel-exporter';

/** The worker's answer and the filter it answers. */
interface Answered {
  observations: Observation[];
  indicator: Indicator | undefined;
  from: number;
  to: number;
  /** As the view had them (null: every year), for what exports say they hold. */
  filters: PanelView['filters'];
}

/**
 * A panel over a dataset too large to hold on the page: one indicator at a time, its figures
 * for the regions and years in view answered by the data worker's index. It asks as soon as the
 * dataset is opened (DatasetOpening); the summary, which reads every row's keys, follows, and a
 * fault it finds replaces whatever was drawn.
 */
export function IndexSource(props: SourceProps<IndexPanelSpec>) {
  const { spec, render } = props;
  const opening = useOpening(spec.entry);
  const summary = useSummary(spec.entry);
  const regions = useRegions();
  const failed = gateQueries([summary]);
  if (failed.state?.status === 'error') return render(failed.state);
  const gated = gateQueries([opening, regions]);
  if (gated.state) return render(gated.state);
  const [opened, index] = gated.data;
  const years = opened.years ?? (summary.data ? yearSpan(summary.data.years) : null);
  if (!years) return render({ status: 'loading' });
  return <Queried {...props} opening={opened} years={years} regions={index} />;
}

function Queried(
  props: SourceProps<IndexPanelSpec> & {
    opening: DatasetOpening;
    years: [number, number];
    regions: RegionIndex;
  },
) {
  const { spec, view, narrow, render, opening, years, regions } = props;
  const { lang, filters } = view;
  const t = tFor(lang);
  const numeric = useMemo(() => explorerIndicators(opening.indicators), [opening]);
  const [indicatorId, setIndicatorId] = useState(numeric[0]?.id ?? '');
  const indicator = numeric.find((i) => i.id === indicatorId) ?? numeric[0];
  const from = filters.from ?? years[0];
  const to = filters.to ?? years[1];
  const scope = useMemo(() => {
    const inData = new Set(opening.regions);
    return [...regions.selfAndDescendants(filters.region)].filter((c) => inData.has(c));
  }, [regions, filters.region, opening]);
  const query = useObservations(spec.entry, {
    indicator: indicator?.id ?? '',
    regions: scope,
    from,
    to,
  });
  // While the worker answers a new filter, the last answer stays drawn for the filter it
  // answered (not its figures over the new years), and the panel says it is busy, once.
  const [answered, setAnswered] = useState<Answered | null>(null);
  if (
    query.data &&
    !query.isPlaceholderData &&
    (answered?.observations !== query.data ||
      answered.indicator !== indicator ||
      answered.filters.region !== filters.region ||
      answered.filters.from !== filters.from ||
      answered.filters.to !== filters.to)
  ) {
    setAnswered({ observations: query.data, indicator, from, to, filters });
  }
  const busy = query.isPlaceholderData;
  const regionName = useMemo(() => (code: string) => regions.name(code, lang), [regions, lang]);
  const observations = answered?.observations;
  const rows = useMemo(
    () => observationRows(opening, observations ?? [], regionName, lang),
    [opening, observations, regionName, lang],
  );
  const model = useMemo(
    () =>
      answered?.indicator && answered.observations.length > 0
        ? spec.build(
            {
              opening,
              regions,
              observations: answered.observations,
              indicator: answered.indicator,
              from: answered.from,
              to: answered.to,
            },
            { lang, regionName, narrow },
          )
        : null,
    [spec, opening, regions, answered, lang, regionName, narrow],
  );
  // An export taken meanwhile names the filter of the figures it holds, not the one asked.
  const exported = answered ? { ...view, filters: answered.filters } : view;
  const exporter = usePanelExporter(spec, exported, rows, model, regionName);
  // The same elements on every filter change: React skips thousands of options unchanged.
  const options = useMemo(
    () =>
      numeric.map((i) => (
        <option key={i.id} value={i.id}>
          {i.name[lang]}
        </option>
      )),
    [numeric, lang],
  );
  const controls = (
    <label className="flex items-center gap-2 text-sm">
      {t('explorer.indicator')}
      <select
        className="max-w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
        value={indicator?.id ?? ''}
        onChange={(event) => setIndicatorId(event.target.value)}
      >
        {options}
      </select>
      <span className="text-slate-600 dark:text-slate-400">
        {t('explorer.size', { count: opening.observationCount })}
      </span>
    </label>
  );
  const gated = gateQueries([query]);
  // One indicator's rows failing their check leaves the others to choose from.
  if (gated.state?.status === 'error') return render({ ...gated.state, controls });
  if (gated.state) return render(gated.state);
  if (!observations) return render({ status: 'loading' });
  return render({
    status: 'ready',
    controls,
    body: (
      <div aria-busy={busy}>
        <PanelBody
          panelId={spec.id}
          title={spec.title[lang]}
          view={view}
          model={model}
          rows={rows}
          observations={observations}
          meta={opening}
          empty={<p className="text-sm">{t('explorer.none')}</p>}
        />
      </div>
    ),
    actions: exporter && <ExportMenu exporter={exporter} lang={lang} />,
    footer: sourceLine(opening.sources[0], lang),
  });
}
