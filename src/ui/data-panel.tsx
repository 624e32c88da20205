import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ChartCollector, ChartCollectorContext } from '../charts/chart-collector';
import { ChartOffscreenContext } from '../charts/chart-settings';
import { sourceLine } from '../data/describe';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Localized, Observation } from '../data/schema';
import { selectObservations } from '../data/select';
import { tFor } from '../i18n/i18n';
import { DatasetGate } from './dataset-gate';
import { EmptyState } from './empty-state';
import { ErrorBoundary } from './error-boundary';
import { RenderError } from './render-error';
import { CiteButton } from './cite-button';
import { ExportMenu } from './export-menu';
import { observationRows } from './observation-rows';
import { ObservationTable } from './observation-table';
import { Panel } from './panel';
import { createPanelExporter, useRegisterExporter } from './panel-exporter';
import { PanelTabs } from './panel-tabs';
import { SourcesList } from './sources-list';
import { tabPanelId } from './tab-panel-id';
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
  /** The indicators this panel shows; they scope its table, sources, exports and empty state. */
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
 * Chart/Table/Sources tabs, exports and the source line. Features supply only their chart.
 */
export function DataPanel(props: DataPanelProps) {
  return (
    <DatasetGate
      datasetId={props.datasetId}
      lang={props.view.lang}
      height={props.height + 96}
      frame={(content) => (
        <Panel id={props.id} datasetId={props.datasetId} title={props.title[props.view.lang]}>
          {content}
        </Panel>
      )}
    >
      {(dataset, regions) => <PanelFrame {...props} dataset={dataset} regions={regions} />}
    </DatasetGate>
  );
}

function PanelFrame({
  id,
  datasetId,
  title,
  indicators,
  view,
  height,
  keepContext = false,
  children,
  dataset,
  regions,
}: DataPanelProps & { dataset: Dataset; regions: RegionIndex }) {
  const { filters, lang, theme, tab, onFiltersChange } = view;
  const { from, to, region } = filters;
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
    () => context.filter((o) => regions.selfAndDescendants(region).has(o.region)),
    [context, regions, region],
  );
  const rows = useMemo(
    () => observationRows(dataset, observations, regions, lang),
    [dataset, observations, regions, lang],
  );

  const [charts] = useState(() => new ChartCollector());
  const exporter = useMemo(
    () =>
      observations.length === 0
        ? null
        : createPanelExporter({
            id,
            title: title[lang],
            dataset,
            regions,
            observations,
            filters: { region, from, to },
            lang,
            charts,
            embedHeight: height + 160,
          }),
    [id, title, dataset, regions, observations, region, from, to, lang, charts, height],
  );
  useRegisterExporter(exporter);

  const drawContext = keepContext && tab === 'chart' && context.length > 0;
  const body = () => {
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
    const chart = (
      <ErrorBoundary
        fallback={(error, retry) => (
          <RenderError
            title={tFor(lang)('chartFailed')}
            error={error}
            retryLabel={tFor(lang)('retry')}
            retry={retry}
          />
        )}
      >
        <ChartCollectorContext value={charts}>
          {children({
            dataset,
            regions,
            observations,
            context,
            lang,
            theme,
            selectedRegion: region,
            selectRegion: (code) => onFiltersChange({ region: code }),
          })}
        </ChartCollectorContext>
      </ErrorBoundary>
    );
    if (tab === 'chart') return chart;
    return (
      <>
        {tab === 'table' ? (
          <ObservationTable rows={rows} lang={lang} caption={title[lang]} />
        ) : (
          <SourcesList rows={rows} lang={lang} />
        )}
        {/* The charts stay mounted out of sight, so image exports (and Export all) can
            collect their options whichever tab is open; they draw nothing themselves. */}
        <div className="invisible absolute inset-x-0 top-0 h-0 overflow-hidden" aria-hidden="true">
          <ChartOffscreenContext value>{chart}</ChartOffscreenContext>
        </div>
      </>
    );
  };

  return (
    <Panel
      id={id}
      datasetId={datasetId}
      title={title[lang]}
      actions={
        <div className="flex shrink-0 gap-2">
          <CiteButton lang={lang} sources={dataset.sources} title={title[lang]} fileName={id} />
          {exporter && <ExportMenu exporter={exporter} lang={lang} />}
        </div>
      }
      footer={sourceLine(dataset.sources[0], lang)}
    >
      <PanelTabs
        panelId={id}
        panelTitle={title[lang]}
        tab={tab}
        lang={lang}
        onChange={view.onTabChange}
      />
      <div
        className="relative"
        role="tabpanel"
        id={tabPanelId(id)}
        aria-label={tFor(lang)(`tabs.${tab}`)}
      >
        {body()}
      </div>
    </Panel>
  );
}
