import type { ChunkReport } from './bundle-report';

/** JavaScript fetched before the load event of `/`, gzip. */
export const JS_BEFORE_LOAD_GZIP_BUDGET = 120 * 1024;

/**
 * The baked `/`, gzip: every panel's markup with all three tabs (tables and quoted sentences),
 * 18 charts as SVG in two layouts (the maps simplified to about a point per pixel), and the
 * data seed the page hydrates with (about a third). Measured 104 kB; on Lighthouse's slow 4G
 * that is about 0.6 s, which the first paint no longer waits for any script to add.
 */
export const HTML_GZIP_BUDGET = 130 * 1024;

const ECHARTS = /node_modules\/(echarts|zrender)\//;

export interface LoadInput {
  files: readonly { path: string; gzipBytes: number }[];
  chunks: readonly ChunkReport[];
  htmlGzipBytes: number;
}

export const checkLoad = ({ files, chunks, htmlGzipBytes }: LoadInput) => {
  const problems: string[] = [];
  const jsGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  if (jsGzipBytes > JS_BEFORE_LOAD_GZIP_BUDGET) {
    problems.push(
      `${(jsGzipBytes / 1024).toFixed(1)} kB gzip of JavaScript before load, over ${JS_BEFORE_LOAD_GZIP_BUDGET / 1024} kB`,
    );
  }
  for (const { path } of files) {
    const chunk = chunks.find((c) => path.endsWith(`/${c.file}`));
    const echarts = chunk?.modules.find((m) => ECHARTS.test(m));
    if (echarts) problems.push(`ECharts code is fetched before load: ${path} holds ${echarts}`);
  }
  if (htmlGzipBytes > HTML_GZIP_BUDGET) {
    problems.push(
      `the baked / is ${(htmlGzipBytes / 1024).toFixed(1)} kB gzip, over ${HTML_GZIP_BUDGET / 1024} kB`,
    );
  }
  return { jsGzipBytes, htmlGzipBytes, problems };
};
