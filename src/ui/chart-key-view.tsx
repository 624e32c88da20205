import type { ChartKey, KeyEntry, KeySwatch } from '../charts/panel-model';

function Swatch({ swatch }: { swatch: KeySwatch }) {
  const edge = swatch.edge;
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 inline-block h-3.5 w-5 shrink-0 rounded-sm border border-slate-400/60"
      style={{
        // The shorthand: a pattern may carry its own position and size (dots in a grid).
        background: swatch.pattern ? `${swatch.pattern}, ${swatch.colour}` : swatch.colour,
        ...(edge && { border: `1px ${edge.dashed ? 'dashed' : 'solid'} ${edge.colour}` }),
      }}
    />
  );
}

const BUTTON =
  'min-h-6 rounded border px-1.5 py-0.5 text-xs focus-visible:outline-2 ' +
  'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800';
const SELECTED =
  'min-h-6 rounded border px-1.5 py-0.5 text-xs focus-visible:outline-2 ' +
  'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900';

function Entry({
  entry,
  strong,
  onSelect,
}: {
  entry: KeyEntry;
  strong: boolean;
  onSelect: (code: string) => void;
}) {
  return (
    <li>
      <div className="flex items-start gap-1.5">
        <Swatch swatch={entry.swatch} />
        <span className={strong ? 'font-medium text-slate-800 dark:text-slate-200' : ''}>
          {entry.label}
        </span>
      </div>
      {entry.regions && entry.regions.length > 0 && (
        <div className="mt-1 flex flex-wrap gap-1 pl-7">
          {entry.regions.map((r) => (
            <button
              key={r.code}
              type="button"
              aria-pressed={r.selected}
              onClick={() => onSelect(r.code)}
              className={r.selected ? SELECTED : BUTTON}
            >
              {r.name}
              {r.note && <span className="opacity-75"> ({r.note})</span>}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

/**
 * A chart's key in HTML: names wrap on phones, each swatch is drawn as the chart draws its
 * marks (pattern, edge), and the regions an entry stands for are buttons, so "which district
 * belongs to which group" needs no hover and works by keyboard.
 */
export function ChartKeyView({
  chartKey,
  onSelect,
}: {
  chartKey: ChartKey;
  onSelect: (code: string) => void;
}) {
  const side = chartKey.placement === 'side';
  const list = side
    ? 'flex flex-col gap-2'
    : 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300';
  return (
    <div className="text-sm" data-testid="chart-key">
      {chartKey.hint && (
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{chartKey.hint}</p>
      )}
      <ul className={list}>
        {chartKey.entries.map((e) => (
          <Entry key={e.id} entry={e} strong={side} onSelect={onSelect} />
        ))}
      </ul>
      {chartKey.styles && chartKey.styles.entries.length > 0 && (
        <div
          className="mt-3 text-xs text-slate-700 dark:text-slate-300"
          data-testid="chart-key-styles"
        >
          <p className="mb-1 font-medium">{chartKey.styles.title}</p>
          <ul className="flex flex-col gap-1">
            {chartKey.styles.entries.map((e) => (
              <Entry key={e.id} entry={e} strong={false} onSelect={onSelect} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
