import { createContext, useContext, useEffect } from 'react';
import type { ChartCollector } from '../charts/chart-collector';
import { exportCaption } from '../charts/export/caption';
import type { Background, SizePreset } from '../charts/export/compose-svg';
import { toCsv } from '../charts/export/csv';
import { exportFileName } from '../charts/export/file-name';
import { toJson } from '../charts/export/json';
import { RECORD_COLUMNS, exportRecords } from '../charts/export/records';
import { embedCode, embedUrl, panelLink } from '../charts/export/share';
import { sourceLine } from '../data/describe';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang, Observation } from '../data/schema';
import type { Filters } from './view-props';

export interface ImageSettings {
  preset: SizePreset;
  background: Background;
  pixelRatio: number;
}

/** Everything a panel can export, built from what it shows; used by its menu and Export all. */
export interface PanelExporter {
  id: string;
  title: string;
  rows: number;
  /** "《内蒙古日报》2021-01 · headline" for each article the exported figures come from. */
  sources: readonly string[];
  fileName: (ext: string) => string;
  csv: () => string;
  json: () => string;
  svg: (settings: Omit<ImageSettings, 'pixelRatio'>) => Promise<string>;
  png: (settings: ImageSettings) => Promise<Blob>;
  link: () => string;
  embed: () => string;
}

interface ExporterInput {
  id: string;
  title: string;
  dataset: Dataset;
  regions: RegionIndex;
  observations: readonly Observation[];
  filters: Filters;
  lang: Lang;
  charts: ChartCollector;
  embedHeight: number;
}

// The renderer and the SVG renderer load only when someone exports (a separate chunk).
const loadRenderer = () => import('../charts/export/render');

export const createPanelExporter = (input: ExporterInput): PanelExporter => {
  const { id, title, dataset, regions, observations, filters, lang, charts } = input;
  const years = observations.map((o) => o.year);
  const usedSources = dataset.sources.filter((s) => observations.some((o) => o.source === s.id));
  const records = () => exportRecords(dataset, observations, regions, lang);
  const caption = () =>
    exportCaption({
      title,
      regionName: regions.name(filters.region, lang),
      from: filters.from,
      to: filters.to,
      years,
      sources: usedSources,
      lang,
    });
  const svg = async ({ preset, background }: Omit<ImageSettings, 'pixelRatio'>) => {
    const { loadChartCode, renderExportSvg } = await loadRenderer();
    const drawn = charts.list().map(({ title, option }) => ({ title, option }));
    await loadChartCode(drawn.map((c) => c.option));
    return renderExportSvg({
      caption: caption(),
      charts: drawn,
      preset,
      background,
      lang,
    });
  };
  return {
    id,
    title,
    rows: observations.length,
    sources: usedSources.map((s) => sourceLine(s, lang)),
    fileName: (ext) => exportFileName(id, filters.region, years, ext),
    csv: () => toCsv(RECORD_COLUMNS, records()),
    json: () =>
      toJson({
        panel: id,
        title,
        filters: { ...filters, regionName: regions.name(filters.region, lang) },
        sources: usedSources,
        records: records(),
      }),
    svg,
    png: async (settings) => {
      const { rasterise } = await loadRenderer();
      return rasterise(await svg(settings), settings.preset, settings.pixelRatio);
    },
    link: () => panelLink(window.location.href, id),
    embed: () => embedCode(embedUrl(window.location.href, id), title, input.embedHeight),
  };
};

/** Every mounted panel's exporter, for "Export all"; null outside the dashboard. */
export const PanelExportsContext = createContext<Map<string, PanelExporter> | null>(null);

export const useRegisterExporter = (exporter: PanelExporter | null) => {
  const registry = useContext(PanelExportsContext);
  useEffect(() => {
    if (!registry || !exporter) return;
    registry.set(exporter.id, exporter);
    return () => {
      if (registry.get(exporter.id) === exporter) registry.delete(exporter.id);
    };
  }, [registry, exporter]);
};
