import { useMemo, useState } from 'react';
import { observationRows } from '../charts/observation-row';
import type { DatasetSummary } from '../data/dataset-summary';
import { sourceLine } from '../data/describe';
import { useObservations, useRegions, useSummary } from '../data/page/use-data';
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
 * for the regions and years in view answered by the data worker's index.
 */
export function IndexSource(props: SourceProps<IndexPanelSpec>) {
  const { spec, render } = props;
  const summary = useSummary(spec.entry);
  const regions = useRegions();
  const gated = gateQueries([summary, regions]);
  if (gated.state) return render(gated.state);
  const [loaded, index] = gated.data;
  return <Queried {...props} summary={loaded} regions={index} />;
}

function Queried(
  props: SourceProps<IndexPanelSpec> & { summary: DatasetSummary; regions: RegionIndex },
) {
  const { spec, view, narrow, render, summary, regions } = props;
  const { lang, filters } = view;
  const t = tFor(lang);
  const numeric = useMemo(() => summary.indicators.filter((i) => i.kind !== 'category'), [summary]);
  const [indicatorId, setIndicatorId] = useState(numeric[0]?.id ?? '');
  const indicator = numeric.find((i) => i.id === indicatorId) ?? numeric[0];
  const from = filters.from ?? summary.years[0] ?? 0;
  const to = filters.to ?? summary.years.at(-1) ?? 0;
  const scope = useMemo(
    () => [...regions.selfAndDescendants(filters.region)].filter((c) => summary.regionCounts[c]),
    [regions, filters.region, summary],
  );
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
    () => observationRows(summary, observations ?? [], regionName, lang),
    [summary, observations, regionName, lang],
  );
  const model = useMemo(
    () =>
      answered?.indicator && answered.observations.length > 0
        ? spec.build(
            {
              summary,
              regions,
              observations: answered.observations,
              indicator: answered.indicator,
              from: answered.from,
              to: answered.to,
            },
            { lang, regionName, narrow },
          )
        : null,
    [spec, summary, regions, answered, lang, regionName, narrow],
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
        {t('explorer.size', { count: summary.observationCount })}
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
          meta={summary}
          empty={<p className="text-sm">{t('explorer.none')}</p>}
        />
      </div>
    ),
    actions: exporter && <ExportMenu exporter={exporter} lang={lang} />,
    footer: sourceLine(summary.sources[0], lang),
  });
}
