import type { Lang } from '../../data/schema';
import type { GroupEntry } from './build-medical-groups-option';

// Same diagonal hatch as the map's decal, so an inferred group reads the same in both places.
const HATCH =
  'repeating-linear-gradient(-45deg, rgba(255,255,255,0.55) 0 1.5px, transparent 1.5px 5px)';

const HINT = {
  zh: '点击地区名称或地图筛选',
  en: 'Click a name or the map to filter',
};

/**
 * The map's legend with each group's regions as buttons: it answers "which district belongs
 * to which group" without hovering, and filters by keyboard where the canvas cannot.
 */
export function GroupLegend({
  groups,
  lang,
  onSelect,
}: {
  groups: readonly GroupEntry[];
  lang: Lang;
  onSelect: (code: string) => void;
}) {
  return (
    <div className="text-sm">
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{HINT[lang]}</p>
      <ul className="flex flex-col gap-2">
        {groups.map((g) => (
          <li key={g.id}>
            <div className="flex items-start gap-2">
              <span
                aria-hidden="true"
                className="mt-0.5 inline-block h-3.5 w-5 shrink-0 rounded-sm"
                style={{
                  backgroundColor: g.colour,
                  ...(g.derived && { backgroundImage: HATCH }),
                }}
              />
              <span className="font-medium text-slate-800 dark:text-slate-200">{g.label}</span>
            </div>
            {g.members.length > 0 && (
              <div className="mt-1 flex flex-wrap gap-1 pl-7">
                {g.members.map((m) => (
                  <button
                    key={m.code}
                    type="button"
                    aria-pressed={m.selected}
                    onClick={() => onSelect(m.code)}
                    className={
                      m.selected
                        ? 'rounded border border-slate-900 bg-slate-900 px-1.5 py-1 text-xs text-white focus-visible:outline-2 dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900'
                        : 'rounded border border-slate-300 px-1.5 py-1 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800'
                    }
                  >
                    {m.name}
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
