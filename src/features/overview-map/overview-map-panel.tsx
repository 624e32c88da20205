import { useMemo } from 'react';
import { Chart } from '../../charts/chart';
import { useGeo } from '../../charts/use-geo';
import { sourceLine } from '../../data/describe';
import type { RegionIndex } from '../../data/regions';
import type { DatasetSummary } from '../../data/dataset-summary';
import { useAllSummaries, useRegions } from '../../data/page/use-data';
import { tFor } from '../../i18n/i18n';
import { LoadError } from '../../ui/load-error';
import { Panel } from '../../ui/panel';
import { PanelTabs } from '../../ui/panel-tabs';
import { tabPanelId } from '../../ui/tab-panel-id';
import { Skeleton } from '../../ui/skeleton';
import { useMediaQuery } from '../../lib/use-media-query';
import type { PanelView } from '../../ui/view-props';
import { PROVINCE, buildOverviewMapOption, countFigures } from './build-overview-map-option';

const ID = 'overview-map';
// The province is wide and short: a phone gets a shorter map rather than empty bands.
const HEIGHT = { wide: 420, narrow: 280 };

/** Where the figures are: a map of the 12 leagues/cities that doubles as a region picker. */
export function OverviewMapPanel({ view }: { view: PanelView }) {
  const t = tFor(view.lang);
  const height = useMediaQuery('(min-width: 640px)') ? HEIGHT.wide : HEIGHT.narrow;
  const regions = useRegions();
  const { summaries } = useAllSummaries();
  const geo = useGeo(PROVINCE);
  const failed = regions.isError ? regions : geo.isError ? geo : undefined;
  return (
    <Panel id={ID} datasetId="manifest" title={t('overview.title')}>
      <PanelTabs
        panelId={ID}
        panelTitle={t('overview.title')}
        tab={view.tab}
        lang={view.lang}
        onChange={view.onTabChange}
      />
      <div
        role="tabpanel"
        id={tabPanelId(ID)}
        aria-label={t(`tabs.${view.tab}`)}
        style={{ minHeight: height }}
      >
        {failed ? (
          <LoadError error={failed.error} lang={view.lang} onRetry={() => void failed.refetch()} />
        ) : !regions.data || !geo.data ? (
          <Skeleton height={height} label={t('loading')} />
        ) : (
          <Body view={view} regions={regions.data} summaries={summaries} height={height} />
        )}
      </div>
    </Panel>
  );
}

function Body({
  view,
  regions,
  summaries,
  height,
}: {
  view: PanelView;
  regions: RegionIndex;
  summaries: DatasetSummary[];
  height: number;
}) {
  const { lang, theme, filters, onFiltersChange } = view;
  const t = tFor(lang);
  const counts = useMemo(() => countFigures(summaries, regions), [summaries, regions]);
  const option = useMemo(
    () =>
      buildOverviewMapOption(counts, {
        lang,
        regions,
        selected: filters.region,
        figuresLabel: t('overview.figures'),
        title: t('overview.title'),
      }),
    [counts, lang, regions, filters.region, t],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const code = (params as { name?: unknown }).name;
        if (typeof code === 'string' && regions.get(code)) onFiltersChange({ region: code });
      },
    }),
    [regions, onFiltersChange],
  );
  if (view.tab === 'table') {
    return (
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('overview.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            <th scope="col" className="text-right">
              {t('overview.figures')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[[PROVINCE, counts.province] as const, ...counts.byLeague].map(([code, count]) => (
            <tr key={code}>
              <th scope="row" className="font-normal">
                <button
                  type="button"
                  className="underline focus-visible:outline-2"
                  onClick={() => onFiltersChange({ region: code })}
                >
                  {regions.name(code, lang)}
                </button>
              </th>
              <td className="text-right tabular-nums">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (view.tab === 'sources') {
    return (
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {summaries.flatMap((d) =>
          d.sources.map((s) => (
            <li key={`${d.id}:${s.id}`}>
              {d.title[lang]}: {sourceLine(s, lang)}
            </li>
          )),
        )}
      </ul>
    );
  }
  return (
    <figure>
      <Chart
        option={option}
        height={height}
        ariaLabel={t('overview.title')}
        theme={theme}
        lang={lang}
        onEvents={onEvents}
      />
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t('overview.caption', { count: counts.province })}
      </figcaption>
    </figure>
  );
}
