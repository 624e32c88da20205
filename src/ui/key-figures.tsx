import type { KeyFigure } from '../charts/key-figure';

/** A grid of headline numbers, each with its quote as a title for traceability. */
export function KeyFigures({ figures }: { figures: readonly KeyFigure[] }) {
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {figures.map((f) => (
        <div key={f.id} className="rounded-md bg-slate-50 p-2 dark:bg-slate-800" title={f.quote}>
          <dt className="text-xs text-slate-600 dark:text-slate-400">{f.label}</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900 dark:text-slate-100">
            {f.value}
          </dd>
          {f.detail && <dd className="text-xs text-slate-500 dark:text-slate-400">{f.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
