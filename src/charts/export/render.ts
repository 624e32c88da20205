/**
 * The DOM side of exports, loaded on demand (dynamic import) with the SVG renderer, so
 * neither weighs on the first page load. Pure parts: compose-svg, caption, csv, records.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Lang } from '../../data/schema';
import { loadModules, modulesFor } from '../chart-modules';
import { echarts, THEME_NAME } from '../echarts-setup';
import { SERIES_PALETTE } from '../palette';
import type { ExportCaption } from './caption';
import {
  CJK_FONT_STACK,
  SIZE_PRESETS,
  chartArea,
  chartBandOf,
  composeSvg,
  layoutCells,
} from './compose-svg';
import type { Background, ImageExtras, SizePreset } from './compose-svg';
import { withExportKey } from './export-key';

echarts.use([SVGRenderer]);

/**
 * Loads the series code the charts need (heatmap, map), as a chart does when it comes near the
 * viewport. A panel never scrolled to has not loaded it, and ECharts silently draws nothing
 * for an unknown series type: its image would have axes and no cells.
 */
export const loadChartCode = (options: readonly EChartsCoreOption[]): Promise<void> =>
  loadModules([...new Set(options.flatMap(modulesFor))]);

export interface ImageRequest {
  caption: ExportCaption;
  charts: readonly { title: string; option: EChartsCoreOption; caption?: string }[];
  preset: SizePreset;
  background: Background;
  lang: Lang;
  /** The panel's key figures and notes, drawn around the charts. */
  extras?: ImageExtras;
}

/**
 * Each chart is drawn again off-screen by ECharts' SVG renderer at its export cell's size:
 * true vectors, no toolbox or other UI chrome, no animation, the CJK font stack named.
 */
export const renderExportSvg = ({
  caption,
  charts,
  preset,
  background,
  lang,
  extras,
}: ImageRequest): string => {
  const cells = layoutCells(
    charts.length,
    preset,
    ...(extras ? [chartBandOf(extras, preset)] : []),
  );
  // A transparent image is usually pasted on white paper: light-theme text colours.
  const mode = background === 'dark' ? 'dark' : 'light';
  const theme = THEME_NAME[mode];
  const drawn = charts.map(({ title, option, caption: note }, i) => {
    const cell = cells[i] ?? { x: 0, y: 0, width: 0, height: 0 };
    const area = chartArea(cell, note !== undefined);
    const chart = echarts.init(null, theme, {
      renderer: 'svg',
      ssr: true,
      width: area.width,
      height: area.height,
      locale: lang === 'zh' ? 'ZH' : 'EN',
    });
    try {
      chart.setOption({
        // The palette the page draws with, checked for contrast against this background.
        color: [...SERIES_PALETTE[mode]],
        ...withExportKey(option),
        animation: false,
        backgroundColor: 'transparent',
        textStyle: { fontFamily: CJK_FONT_STACK },
        tooltip: { show: false },
      });
      return {
        title,
        svg: chart.renderToSVGString(),
        cell,
        ...(note !== undefined && { caption: note }),
      };
    } finally {
      chart.dispose();
    }
  });
  return composeSvg(caption, drawn, preset, background, extras);
};

/** Rasterises an export SVG in the browser at the given pixel ratio. */
export const rasterise = async (
  svg: string,
  preset: SizePreset,
  pixelRatio: number,
): Promise<Blob> => {
  const { width, height } = SIZE_PRESETS[preset];
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
};

export const download = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled; an immediate revoke can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** Copies a PNG where the browser allows it; resolves false where it does not. */
export const copyImage = async (png: Blob): Promise<boolean> => {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
};

export const copyText = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};
