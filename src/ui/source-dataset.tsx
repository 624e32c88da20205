import { useMemo } from 'react';
import { observationRows } from '../charts/observation-row';
import { DataLoadError } from '../data/data-error';
import { sourceLine } from '../data/describe';
import { useDataset, useManifest, useRegions, useRetrySummary } from '../data/page/use-data';
import type { RegionIndex } from '../data/regions';
import type { Dataset, ManifestEntry } from '../data/schema';
import { selectObservations } from '../data/select';
import { CiteButton } from './cite-button';
import { EmptyState } from './empty-state';
import { ExportMenu } from './export-menu';
import { PanelBody } from './panel-body';
import type { SourceProps } from './panel-frame';
import type { DatasetPanelSpec } from './panel-spec';
import { useReportCoverage } from './panel-coverage';
import { usePanelExporter } from './use-panel-exporter';

/** A panel over one dataset: loads it (and the regions), then filters and builds. */
export function DatasetSource(props: SourceProps<DatasetPanelSpec>) {
  const { spec, render } = props;
  const manifest = useManifest();
  const entry = manifest.data?.datasets.find((d) => d.id === spec.datasetId);
  if (manifest.isError)
    return render({ status: 'error', error: manifest.error, retry: () => void manifest.refetch() });
  if (!manifest.data) return render({ status: 'loading' });
  if (!entry) {
    const error = new DataLoadError('manifest.json', 'schema', [
      { path: '$.datasets', message: `has no dataset "${spec.datasetId}"` },
    ]);
    return render({ status: 'error', error, retry: () => void manifest.refetch() });
  }
  return <LoadedEntry {...props} entry={entry} />;
}

function LoadedEntry(props: SourceProps<DatasetPanelSpec> & { entry: ManifestEntry }) {
  const { entry, render } = props;
  const dataset = useDataset(entry);
  const regions = useRegions();
  const retrySummary = useRetrySummary();
  const failed = dataset.isError ? dataset : regions.isError ? regions : undefined;
  if (failed) {
    // The overview map and the year range read this dataset's summary, which failed with it:
    // Retry refreshes that too, or the map would keep counting without it until a reload.
    const retry = () => {
      void failed.refetch();
      retrySummary(entry);
    };
    return render({ status: 'error', error: failed.error, retry });
  }
  if (!dataset.data || !regions.data) return render({ status: 'loading' });
  return <Filtered {...props} dataset={dataset.data} regions={regions.data} />;
}

function Filtered({
  spec,
  view,
  narrow,
  render,
  dataset,
  regions,
}: SourceProps<DatasetPanelSpec> & { dataset: Dataset; regions: RegionIndex }) {
  const { lang, filters, tab, onFiltersChange } = view;
  const { from, to, region } = filters;
  const { indicators } = spec;
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
  const regionName = useMemo(() => (code: string) => regions.name(code, lang), [regions, lang]);
  const rows = useMemo(
    () => observationRows(dataset, observations, regionName, lang),
    [dataset, observations, regionName, lang],
  );
  const drawContext = spec.keepContext === true && tab === 'chart' && context.length > 0;
  const model = useMemo(
    () =>
      observations.length === 0 && !drawContext
        ? null
        : spec.build(
            { dataset, regions, observations, context, selectedRegion: region },
            { lang, regionName, narrow },
          ),
    [spec, dataset, regions, observations, context, region, lang, regionName, narrow, drawContext],
  );
  const exporter = usePanelExporter(spec, view, rows, model, regionName);
  useReportCoverage(spec.id, { empty: observations.length === 0, all });
  const empty = (
    <EmptyState
      all={all}
      filters={filters}
      regions={regions}
      lang={lang}
      onFiltersChange={onFiltersChange}
    />
  );
  return render({
    status: 'ready',
    body: (
      <PanelBody
        panelId={spec.id}
        title={spec.title[lang]}
        view={view}
        model={model}
        rows={rows}
        observations={observations}
        meta={dataset}
        empty={empty}
      />
    ),
    actions: (
      <div className="flex shrink-0 gap-2">
        {exporter && <ExportMenu exporter={exporter} lang={lang} />}
        <CiteButton
          lang={lang}
          sources={dataset.sources}
          title={spec.title[lang]}
          fileName={spec.id}
        />
      </div>
    ),
    footer: sourceLine(dataset.sources[0], lang),
  });
}
