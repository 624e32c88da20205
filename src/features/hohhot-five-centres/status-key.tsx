import type { LegendEntry } from './build-five-centres-option';

/**
 * The matrix's key in HTML, where the long status names can wrap on a phone: each status's
 * colour with its pattern and the word its cells carry, so it reads without colour too.
 */
export function StatusKey({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul
      className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
      data-testid="status-key"
    >
      {entries.map((e) => (
        <li key={e.id} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-3.5 w-5 shrink-0 rounded-sm border border-slate-400/60"
            style={{ background: e.pattern ? `${e.pattern}, ${e.colour}` : e.colour }}
          />
          {e.short !== '' && e.short !== e.label && (
            <span className="font-semibold">{e.short}</span>
          )}
          {e.label}
        </li>
      ))}
    </ul>
  );
}
