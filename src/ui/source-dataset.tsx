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
import { gateQueries } from './source-gate';
import type { DatasetPanelSpec } from './panel-spec';
import { useReportCoverage } from './panel-coverage';
import { usePanelExporter } from './use-panel-exporter';

/** A panel over one dataset: loads it (and the regions), then filters and builds. */
export function DatasetSource(props: SourceProps<DatasetPanelSpec>) {
  const { spec, render } = props;
  const manifest = useManifest();
  const gated = gateQueries([manifest]);
  if (gated.state) return render(gated.state);
  const entry = gated.data[0].datasets.find((d) => d.id === spec.datasetId);
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
  // The overview map and the year range read this dataset's summary, which fails with it:
  // Retry refreshes that too, or the map would keep counting without it until a reload.
  const gated = gateQueries([dataset, regions], () => retrySummary(entry));
  if (gated.state) return render(gated.state);
  const [data, index] = gated.data;
  return <Filtered {...props} dataset={data} regions={index} />;
}

function Filtered(
  props: SourceProps<DatasetPanelSpec> & { dataset: Dataset; regions: RegionIndex },
) {
  const { spec, view, narrow, render, dataset, regions } = props;
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
