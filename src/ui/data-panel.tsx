import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { sourceLine } from '../data/describe';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang, Localized, Observation } from '../data/schema';
import { selectObservations } from '../data/select';
import { tFor } from '../i18n/i18n';
import { DatasetGate } from './dataset-gate';
import { EmptyState } from './empty-state';
import { ErrorBoundary } from './error-boundary';
import { observationRows } from './observation-rows';
import { ObservationTable } from './observation-table';
import { Panel } from './panel';
import { PanelTabs } from './panel-tabs';
import { tabPanelId } from './tab-panel-id';
import { SourcesList } from './sources-list';
import type { PanelView, ViewProps } from './view-props';

/** What a panel's chart renderer receives. */
export interface PanelContent extends ViewProps {
  dataset: Dataset;
  regions: RegionIndex;
  /** The panel's observations under every filter: what the Table and Sources tabs list. */
  observations: Observation[];
  /** Under the year filter only: a map or matrix keeps its context and highlights the selection. */
  context: Observation[];
  selectedRegion: string;
  selectRegion: (code: string) => void;
}

interface DataPanelProps {
  id: string;
  datasetId: string;
  title: Localized;
  /** The indicators this panel shows; they scope its table, sources and empty state. */
  indicators: readonly string[];
  view: PanelView;
  /** Height of the chart area, reserved while loading so nothing shifts. */
  height: number;
  /**
   * For a map or matrix that sets the region itself: keep drawing its context (with the
   * selection highlighted) when the selected region has no figures of its own.
   */
  keepContext?: boolean;
  children: (content: PanelContent) => ReactNode;
}

/**
 * The frame every dataset panel shares: loading and errors, filtering, the empty state,
 * Chart/Table/Sources tabs and the source line. Features supply only their chart.
 */
export function DataPanel({
  id,
  datasetId,
  title,
  indicators,
  view,
  height,
  keepContext = false,
  children,
}: DataPanelProps) {
  return (
    <DatasetGate datasetId={datasetId} lang={view.lang} height={height + 96}>
      {(dataset, regions) => (
        <Panel
          id={id}
          datasetId={datasetId}
          title={title[view.lang]}
          footer={sourceLine(dataset.sources[0], view.lang)}
        >
          <PanelTabs
            panelId={id}
            panelTitle={title[view.lang]}
            tab={view.tab}
            lang={view.lang}
            onChange={view.onTabChange}
          />
          <div role="tabpanel" id={tabPanelId(id)} aria-label={tFor(view.lang)(`tabs.${view.tab}`)}>
            <PanelBody
              dataset={dataset}
              regions={regions}
              indicators={indicators}
              view={view}
              title={title[view.lang]}
              keepContext={keepContext}
            >
              {children}
            </PanelBody>
          </div>
        </Panel>
      )}
    </DatasetGate>
  );
}

function PanelBody({
  dataset,
  regions,
  indicators,
  view,
  title,
  keepContext,
  children,
}: Pick<DataPanelProps, 'indicators' | 'view' | 'children' | 'keepContext'> & {
  dataset: Dataset;
  regions: RegionIndex;
  title: string;
}) {
  const { filters, lang, theme, tab, onFiltersChange } = view;
  const { from, to } = filters;
  const all = useMemo(() => selectObservations(dataset, { indicators }), [dataset, indicators]);
  const context = useMemo(
    () =>
      selectObservations(dataset, {
        indicators,
        ...(from !== null && { from }),
        ...(to !== null && { to }),
      }),
    [dataset, indicators, from, to],
  );
  const observations = useMemo(
    () => context.filter((o) => regions.selfAndDescendants(filters.region).has(o.region)),
    [context, regions, filters.region],
  );
  const rows = useMemo(
    () => observationRows(dataset, observations, regions, lang),
    [dataset, observations, regions, lang],
  );

  const drawContext = keepContext === true && tab === 'chart' && context.length > 0;
  if (observations.length === 0 && !drawContext) {
    return (
      <EmptyState
        all={all}
        filters={filters}
        regions={regions}
        lang={lang}
        onFiltersChange={onFiltersChange}
      />
    );
  }
  if (tab === 'table') return <ObservationTable rows={rows} lang={lang} caption={title} />;
  if (tab === 'sources') return <SourcesList rows={rows} lang={lang} />;
  return (
    <ErrorBoundary
      fallback={(error, retry) => <ChartError error={error} retry={retry} lang={lang} />}
    >
      {children({
        dataset,
        regions,
        observations,
        context,
        lang,
        theme,
        selectedRegion: filters.region,
        selectRegion: (region) => onFiltersChange({ region }),
      })}
    </ErrorBoundary>
  );
}

function ChartError({ error, retry, lang }: { error: Error; retry: () => void; lang: Lang }) {
  const t = tFor(lang);
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{t('chartFailed')}</p>
      <p>{error.message}</p>
      <button
        type="button"
        onClick={retry}
        className="mt-2 rounded border border-red-400 px-3 py-1 focus-visible:outline-2"
      >
        {t('retry')}
      </button>
    </div>
  );
}
