import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import type { ObservationRow } from '../charts/observation-row';
import { dimensionsText } from '../charts/observation-row';
import { RowMarks } from './row-marks';

// Wide screens: a plain table. Phones: each row is two short lines (the indicator, then
// region · year · breakdown with the value on the right), the unit is already in the value,
// and an empty breakdown takes no room (on wide screens it keeps its column). The explicit roles keep it a table for assistive
// technology whatever its CSS display.
const CELL =
  'sm:border-b sm:border-slate-100 sm:px-2 sm:py-1 sm:align-top sm:dark:border-slate-800';
const MINOR = `${CELL} text-xs text-slate-600 max-sm:empty:hidden sm:table-cell sm:text-sm sm:text-inherit dark:text-slate-400 sm:dark:text-inherit`;

/** The columns, in order, and how each header aligns (phones show the unit in the value). */
const HEADERS = [
  ['indicator', ''],
  ['region', ''],
  ['year', ''],
  ['details', ''],
  ['value', 'text-right'],
  ['unit', 'hidden sm:table-cell'],
] as const;

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
  return (
    <div className="max-h-[28rem] overflow-auto">
      <table role="table" className="block w-full border-collapse text-left text-sm sm:table">
        <caption className="sr-only">{caption}</caption>
        <thead
          role="rowgroup"
          className="sr-only bg-white text-xs text-slate-600 sm:not-sr-only sm:sticky sm:top-0 sm:table-header-group dark:bg-slate-900 dark:text-slate-400"
        >
          <tr role="row">
            {HEADERS.map(([key, extra]) => (
              <th
                key={key}
                role="columnheader"
                scope="col"
                className={extra ? `${CELL} ${extra}` : CELL}
              >
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="block sm:table-row-group">
          {rows.map((r) => (
            <tr
              key={r.key}
              data-figure={r.figure}
              role="row"
              className="flex flex-wrap items-baseline gap-x-2 border-b border-slate-100 py-1.5 sm:table-row sm:border-0 sm:py-0 dark:border-slate-800"
            >
              <th role="rowheader" scope="row" className={`${CELL} basis-full font-normal`}>
                {r.indicator}
              </th>
              <td role="cell" className={MINOR}>
                {r.region}
              </td>
              <td role="cell" className={`${MINOR} whitespace-nowrap tabular-nums`}>
                {r.when}
              </td>
              <td role="cell" className={MINOR}>
                {dimensionsText(r)}
              </td>
              <td
                role="cell"
                className={`${CELL} ml-auto text-right font-medium whitespace-nowrap tabular-nums sm:font-normal`}
              >
                {r.valueText}
                <RowMarks row={r} lang={lang} />
              </td>
              <td role="cell" className={`${CELL} hidden sm:table-cell`}>
                {r.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
