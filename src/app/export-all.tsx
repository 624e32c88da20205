import { useContext, useEffect, useState } from 'react';
import type { RegionIndex } from '../data/regions';
import { exportFileName } from '../charts/export/file-name';
import { exportReadme } from '../charts/export/readme';
import { tFor } from '../i18n/i18n';
import { PanelExportsContext } from '../ui/panel-exporter';
import type { PanelExporter } from '../ui/panel-exporter';
import { filterText } from '../charts/filter-text';
import type { View } from './use-view';

const inPageOrder = (exporters: PanelExporter[]) =>
  exporters.sort((a, b) => {
    const ea = document.getElementById(`panel-${a.id}`);
    const eb = document.getElementById(`panel-${b.id}`);
    return ea && eb && ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });

/**
 * One ZIP with every visible panel's PNG and CSV and a README.txt naming the view and the
 * sources. The zip library and the image renderer load only when this is used.
 */
export function ExportAll({ view, regions }: { view: View; regions: RegionIndex | undefined }) {
  const registry = useContext(PanelExportsContext);
  const [status, setStatus] = useState('');
  const t = tFor(view.lang);
  // The outcome toast goes after a while; "working…" stays until the ZIP is done.
  useEffect(() => {
    if (!status || status === t('exporting.working')) return;
    const timer = window.setTimeout(() => setStatus(''), 8000);
    return () => window.clearTimeout(timer);
  }, [status, t]);

  const exportAll = async () => {
    const exporters = inPageOrder([...(registry?.values() ?? [])]);
    const [{ zipSync, strToU8 }, { download }] = await Promise.all([
      import('fflate'),
      import('../charts/export/render'),
    ]);
    const files: Record<string, Uint8Array> = {};
    const panels = [];
    for (const exporter of exporters) {
      const png = exporter.fileName('png');
      const csv = exporter.fileName('csv');
      // A panel of key figures only has no chart: its CSV carries everything it shows.
      if (exporter.images) {
        files[png] = new Uint8Array(
          await (
            await exporter.png({ preset: 'landscape', background: 'light', pixelRatio: 2 })
          ).arrayBuffer(),
        );
      }
      files[csv] = strToU8(exporter.csv());
      panels.push({
        title: exporter.title,
        files: exporter.images ? [png, csv] : [csv],
        rows: exporter.rows,
        sources: exporter.sources,
        sentences: exporter.sentences,
      });
    }
    const { region, from, to } = view.filters;
    const filters = filterText(
      view.filters,
      (code) => regions?.name(code, view.lang) ?? code,
      view.lang,
    );
    files['README.txt'] = strToU8(
      exportReadme({ url: window.location.href, filters, panels }, view.lang),
    );
    const name = exportFileName(
      'inner-mongolia-data',
      region,
      [from, to].filter((y) => y !== null),
      'zip',
    );
    download(new Blob([zipSync(files)], { type: 'application/zip' }), name);
    return t('exporting.allDone', { file: name, count: exporters.length });
  };

  return (
    // The status is a toast at the foot of the screen: growing beside the button would push
    // it sideways, and the reader may have scrolled away while the ZIP is made.
    <div className="print:hidden">
      <button
        type="button"
        onClick={() => {
          setStatus(t('exporting.working'));
          exportAll().then(setStatus, (error: unknown) =>
            setStatus(t('exporting.failed', { message: String(error) })),
          );
        }}
        className="min-h-8 rounded-md border border-slate-300 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600"
      >
        {t('exporting.all')}
      </button>
      <span
        role="status"
        aria-live="polite"
        className={
          status
            ? 'fixed inset-x-4 bottom-4 z-50 mx-auto w-fit max-w-md rounded-md bg-white px-3 py-2 text-sm text-slate-700 shadow-md ring-1 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700'
            : 'sr-only'
        }
      >
        {status}
      </span>
    </div>
  );
}
