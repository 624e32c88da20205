import type { EChartsCoreOption } from 'echarts/core';
import { createContext, useContext, useEffect } from 'react';
import { exportCaption } from '../charts/export/caption';
import type { KeyFigure } from '../charts/key-figure';
import type { Background, SizePreset } from '../charts/export/compose-svg';
import { toCsv } from '../charts/export/csv';
import { exportFileName } from '../charts/export/file-name';
import { toJson } from '../charts/export/json';
import { RECORD_COLUMNS, exportRecords } from '../charts/export/records';
import type { Filters } from '../charts/filter-text';
import type { ObservationRow } from '../charts/observation-row';
import { embedCode, embedUrl, panelLink } from '../charts/export/share';
import { sourceLine } from '../data/describe';
import type { Lang, Source } from '../data/schema';
import { tFor } from '../i18n/i18n';

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
  /** Whether the panel draws charts, so that an image of it shows something. */
  images: boolean;
  /** "《内蒙古日报》2021-01 · headline" for each article the exported figures come from. */
  sources: readonly string[];
  /** Each chart's quotable sentence: the archive README and the embed code's text alternative. */
  sentences: readonly string[];
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
  /** The figures exported, as the Table shows them. */
  rows: readonly ObservationRow[];
  filters: Filters;
  regionName: (code: string) => string;
  lang: Lang;
  /** The charts the panel draws, title, option, caption and sentence: redrawn for images. */
  charts: readonly {
    title: string;
    option: EChartsCoreOption;
    caption?: string;
    sentence: string;
  }[];
  /** The panel's key figures and notes: an image carries them as the panel shows them. */
  figures?: readonly KeyFigure[];
  notes?: readonly string[];
  embedHeight: number;
}

// The renderer and the SVG renderer load only when someone exports (a separate chunk).
const loadRenderer = () => import('../charts/export/render');

export const createPanelExporter = (input: ExporterInput): PanelExporter => {
  const { id, title, rows, filters, regionName, lang, charts } = input;
  const years = rows.map((r) => r.year);
  const usedSources = [
    ...new Set(rows.flatMap((r) => (r.source ? [r.source] : []))),
  ] satisfies Source[];
  const records = () => exportRecords(rows, lang);
  const sentences = charts.flatMap((c) => (c.sentence ? [c.sentence] : []));
  const caption = () =>
    exportCaption({
      title,
      filters,
      regionName,
      regions: rows.map((r) => r.regionCode),
      years,
      sources: usedSources,
      lang,
    });
  const svg = async ({ preset, background }: Omit<ImageSettings, 'pixelRatio'>) => {
    const { loadChartCode, renderExportSvg } = await loadRenderer();
    // A panel never scrolled to has not loaded its series code (heatmap, map): load it first,
    // or ECharts draws axes with no cells.
    await loadChartCode(charts.map((c) => c.option));
    return renderExportSvg({
      caption: caption(),
      charts,
      preset,
      background,
      lang,
      extras: {
        figures: input.figures ?? [],
        notes: input.notes ?? [],
        moreFigures: (count) => tFor(lang)('exporting.moreFigures', { count }),
      },
    });
  };
  return {
    id,
    title,
    rows: rows.length,
    images: charts.length > 0,
    sources: usedSources.map((s) => sourceLine(s, lang)),
    sentences,
    fileName: (ext) => exportFileName(id, filters.region, years, ext),
    csv: () => toCsv(RECORD_COLUMNS, records()),
    json: () =>
      toJson({
        panel: id,
        title,
        filters: { ...filters, regionName: regionName(filters.region) },
        sources: usedSources,
        records: records(),
      }),
    svg,
    png: async (settings) => {
      const { rasterise } = await loadRenderer();
      return rasterise(await svg(settings), settings.preset, settings.pixelRatio);
    },
    link: () => panelLink(window.location.href, id),
    embed: () =>
      embedCode(
        embedUrl(window.location.href, id),
        title,
        input.embedHeight,
        sentences.join(lang === 'zh' ? '' : ' '),
      ),
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
