import { useContext, useState } from 'react';
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
      files[png] = new Uint8Array(
        await (
          await exporter.png({ preset: 'landscape', background: 'light', pixelRatio: 2 })
        ).arrayBuffer(),
      );
      files[csv] = strToU8(exporter.csv());
      panels.push({
        title: exporter.title,
        files: [png, csv],
        rows: exporter.rows,
        sources: exporter.sources,
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
    <div className="flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={() => {
          setStatus(t('exporting.working'));
          exportAll().then(setStatus, (error: unknown) =>
            setStatus(t('exporting.failed', { message: String(error) })),
          );
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600"
      >
        {t('exporting.all')}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {status}
      </span>
    </div>
  );
}
