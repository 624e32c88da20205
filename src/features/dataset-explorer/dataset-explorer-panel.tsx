import { useMemo, useState } from 'react';
import { Chart } from '../../charts/chart';
import { sourceLine } from '../../data/describe';
import type { DatasetSummary } from '../../data/dataset-summary';
import type { RegionIndex } from '../../data/regions';
import type { ManifestEntry } from '../../data/schema';
import { useObservations, useRegions, useSummary } from '../../data/page/use-data';
import { tFor } from '../../i18n/i18n';
import { LoadError } from '../../ui/load-error';
import { Panel } from '../../ui/panel';
import { PanelTabs } from '../../ui/panel-tabs';
import { Skeleton } from '../../ui/skeleton';
import { tabPanelId } from '../../ui/tab-panel-id';
import type { PanelTab, PanelView } from '../../ui/view-props';
import { buildExplorerOption } from './build-explorer-option';
import { explorerPanelId } from './explorer-panel-id';

const HEIGHT = 320;
const TABLE_ROWS = 200;

/**
 * A generic panel for a dataset no panel was made for (or too large to hold on the page):
 * one indicator at a time, one line per region of the selection, figures answered by the
 * data worker's index. Its tab is local state, not part of the shareable view.
 */
type ExplorerView = Pick<PanelView, 'lang' | 'theme' | 'filters'>;

export function DatasetExplorerPanel({
  entry,
  view,
}: {
  entry: ManifestEntry;
  view: ExplorerView;
}) {
  const t = tFor(view.lang);
  const id = explorerPanelId(entry.id);
  const summary = useSummary(entry);
  const regions = useRegions();
  const [tab, setTab] = useState<PanelTab>('chart');
  const failed = summary.isError ? summary : regions.isError ? regions : undefined;
  return (
    <Panel id={id} datasetId={entry.id} title={entry.title[view.lang]}>
      <PanelTabs
        panelId={id}
        panelTitle={entry.title[view.lang]}
        tab={tab}
        lang={view.lang}
        onChange={setTab}
      />
      <div role="tabpanel" id={tabPanelId(id)} aria-label={t(`tabs.${tab}`)}>
        {failed ? (
          <LoadError error={failed.error} lang={view.lang} onRetry={() => void failed.refetch()} />
        ) : !summary.data || !regions.data ? (
          <Skeleton height={HEIGHT} label={t('loading')} />
        ) : (
          <Body entry={entry} summary={summary.data} regions={regions.data} view={view} tab={tab} />
        )}
      </div>
    </Panel>
  );
}

interface BodyProps {
  entry: ManifestEntry;
  summary: DatasetSummary;
  regions: RegionIndex;
  view: ExplorerView;
  tab: PanelTab;
}

function Body({ entry, summary, regions, view, tab }: BodyProps) {
  const { lang, theme, filters } = view;
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
  const query = useObservations(entry, {
    indicator: indicator?.id ?? '',
    regions: scope,
    from,
    to,
  });
  const regionName = (code: string) => regions.name(code, lang);
  const data = query.data;
  const chart = useMemo(
    () =>
      indicator && data
        ? buildExplorerOption(
            data,
            indicator,
            { from, to },
            { lang, regionName: (code) => regions.name(code, lang) },
          )
        : null,
    [indicator, data, from, to, lang, regions],
  );
  if (query.isError)
    return <LoadError error={query.error} lang={lang} onRetry={() => void query.refetch()} />;
  const rows = data ?? [];
  return (
    <div className="flex flex-col gap-2">
      <label className="flex items-center gap-2 text-sm">
        {t('explorer.indicator')}
        <select
          className="max-w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          value={indicator?.id ?? ''}
          onChange={(event) => setIndicatorId(event.target.value)}
        >
          {numeric.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name[lang]}
            </option>
          ))}
        </select>
        <span className="text-slate-600 dark:text-slate-400">
          {t('explorer.size', { count: summary.observationCount })}
        </span>
      </label>
      {tab === 'chart' &&
        (!chart ? (
          <Skeleton height={HEIGHT} label={t('loading')} />
        ) : rows.length === 0 ? (
          <p className="text-sm">{t('explorer.none')}</p>
        ) : (
          <Chart
            option={chart.option}
            height={HEIGHT}
            ariaLabel={chart.title}
            theme={theme}
            lang={lang}
          />
        ))}
      {tab === 'table' && (
        <>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{entry.title[lang]}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('year')}</th>
                <th scope="col" className="text-right">
                  {t('value')}
                </th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, TABLE_ROWS).map((o) => (
                <tr key={`${o.region}:${o.year}`}>
                  <td>{regionName(o.region)}</td>
                  <td>{o.year}</td>
                  <td className="text-right tabular-nums">{String(o.value)}</td>
                  <td className="text-xs">{o.quote}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > TABLE_ROWS && (
            <p className="text-xs">
              {t('explorer.truncated', { shown: TABLE_ROWS, total: rows.length })}
            </p>
          )}
        </>
      )}
      {tab === 'sources' && (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {summary.sources.map((s) => (
            <li key={s.id}>{sourceLine(s, lang)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
