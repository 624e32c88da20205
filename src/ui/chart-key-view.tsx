import type { ChartKey, KeySwatch } from '../charts/panel-model';

// The same diagonal hatch as the charts' decal, so "inferred" reads the same in both places.
const HATCH =
  'repeating-linear-gradient(-45deg, rgba(255,255,255,0.55) 0 1.5px, transparent 1.5px 5px)';

function Swatch({ swatch }: { swatch: KeySwatch }) {
  if (swatch.hollow) {
    return (
      <span
        aria-hidden="true"
        className="mt-0.5 inline-block h-3 w-3 shrink-0 rounded-full border-2 bg-transparent"
        style={{ borderColor: swatch.colour }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 inline-block h-3.5 w-5 shrink-0 rounded-sm border border-slate-400/60"
      style={{ backgroundColor: swatch.colour, ...(swatch.hatched && { backgroundImage: HATCH }) }}
    />
  );
}

const BUTTON =
  'rounded border px-1.5 py-0.5 text-xs focus-visible:outline-2 min-h-6 ' +
  'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800';
const SELECTED =
  'rounded border px-1.5 py-0.5 text-xs focus-visible:outline-2 min-h-6 ' +
  'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900';

/**
 * A chart's key in HTML: names wrap on phones, and the regions an entry stands for are
 * buttons, so "which district belongs to which group" needs no hover and works by keyboard.
 */
export function ChartKeyView({
  chartKey,
  onSelect,
}: {
  chartKey: ChartKey;
  onSelect: (code: string) => void;
}) {
  const wide = chartKey.placement === 'side';
  return (
    <div className="text-sm">
      {chartKey.hint && (
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{chartKey.hint}</p>
      )}
      <ul
        className={
          wide
            ? 'flex flex-col gap-2'
            : 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300'
        }
      >
        {chartKey.entries.map((e) => (
          <li key={e.id}>
            <div className="flex items-start gap-1.5">
              <Swatch swatch={e.swatch} />
              <span className={wide ? 'font-medium text-slate-800 dark:text-slate-200' : ''}>
                {e.label}
              </span>
            </div>
            {e.regions && e.regions.length > 0 && (
              <div className="mt-1 flex flex-wrap gap-1 pl-7">
                {e.regions.map((r) => (
                  <button
                    key={r.code}
                    type="button"
                    aria-pressed={r.selected}
                    onClick={() => onSelect(r.code)}
                    className={r.selected ? SELECTED : BUTTON}
                  >
                    {r.name}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
