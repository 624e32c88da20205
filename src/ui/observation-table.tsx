import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import type { ObservationRow } from '../charts/observation-row';
import { dimensionsText } from '../charts/observation-row';
import { RowMarks } from './row-marks';

/** Exactly the filtered observations, with units: the text alternative to every chart. */
export function ObservationTable({
  rows,
  lang,
  caption,
}: {
  rows: readonly ObservationRow[];
  lang: Lang;
  caption: string;
}) {
  const t = tFor(lang);
  const cell = 'border-b border-slate-100 px-2 py-1 align-top dark:border-slate-800';
  return (
    <div className="max-h-[28rem] overflow-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-white text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className={cell}>
              {t('indicator')}
            </th>
            <th scope="col" className={cell}>
              {t('region')}
            </th>
            <th scope="col" className={cell}>
              {t('year')}
            </th>
            <th scope="col" className={cell}>
              {t('details')}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t('value')}
            </th>
            <th scope="col" className={cell}>
              {t('unit')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={`${cell} font-normal`}>
                {r.indicator}
              </th>
              <td className={cell}>{r.region}</td>
              <td className={`${cell} tabular-nums`}>{r.year}</td>
              <td className={cell}>{dimensionsText(r)}</td>
              <td className={`${cell} text-right tabular-nums`}>
                {r.valueText}
                <RowMarks row={r} lang={lang} />
              </td>
              <td className={cell}>{r.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
