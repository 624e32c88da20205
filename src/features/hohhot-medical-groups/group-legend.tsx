import type { Lang, Localized } from '../../data/schema';
import type { GroupEntry } from './build-medical-groups-option';
import { TIES, TIE_FILL_ALPHA, withAlpha } from './medical-group-ties';
import type { Tie } from './medical-group-ties';

// Same diagonal hatch as the map's decal, so an inferred group reads the same in both places.
const HATCH =
  'repeating-linear-gradient(-45deg, rgba(255,255,255,0.55) 0 1.5px, transparent 1.5px 5px)';
const NEUTRAL = '#64748b';

const HINT: Localized = {
  zh: '点击地区名称或地图筛选',
  en: 'Click a name or the map to filter',
};
const KEY_TITLE: Localized = { zh: '图例', en: 'Key' };
const HATCH_LABEL: Localized = { zh: '斜线：推断的归属', en: 'Hatched: inferred' };

function Swatch({
  colour,
  tie = 'member',
  hatched = false,
}: {
  colour: string;
  tie?: Tie;
  hatched?: boolean;
}) {
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 inline-block h-3.5 w-5 shrink-0 rounded-sm"
      style={{
        backgroundColor: withAlpha(colour, TIE_FILL_ALPHA[tie]),
        border: `1px ${tie === 'cooperation' ? 'dashed' : 'solid'} ${colour}`,
        ...(hatched && { backgroundImage: HATCH }),
      }}
    />
  );
}

/**
 * The map's legend with each group's regions as buttons: it answers "which district belongs
 * to which group, and how" without hovering, and filters by keyboard where the canvas cannot.
 * Under it, the key to the fills: how strong each tie is drawn, and what hatching means.
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
  const members = groups.flatMap((g) => g.members);
  const ties = TIES.filter((tie) => members.some((m) => m.tie === tie));
  const tieLabel = (tie: Tie) => members.find((m) => m.tie === tie)?.tieLabel ?? tie;
  const anyInferred = members.some((m) => m.inferred);
  return (
    <div className="text-sm">
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{HINT[lang]}</p>
      <ul className="flex flex-col gap-2">
        {groups.map((g) => (
          <li key={g.id}>
            <div className="flex items-start gap-2">
              <Swatch colour={g.colour} hatched={g.inferred} />
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
                        ? 'rounded border border-slate-900 bg-slate-900 px-1.5 py-0.5 text-xs text-white focus-visible:outline-2 dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900'
                        : 'rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800'
                    }
                  >
                    {m.name}
                    {m.tie && m.tie !== 'member' && (
                      <span className="opacity-75">
                        {lang === 'zh' ? `（${m.tieLabel}）` : ` (${m.tieLabel})`}
                      </span>
                    )}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {(ties.length > 0 || anyInferred) && (
        <div className="mt-3 text-xs text-slate-700 dark:text-slate-300">
          <p className="mb-1 font-medium">{KEY_TITLE[lang]}</p>
          <ul className="flex flex-col gap-1" data-testid="medical-groups-key">
            {ties.map((tie) => (
              <li key={tie} className="flex items-start gap-2">
                <Swatch colour={NEUTRAL} tie={tie} />
                {tieLabel(tie)}
              </li>
            ))}
            {anyInferred && (
              <li className="flex items-start gap-2">
                <Swatch colour={NEUTRAL} hatched />
                {HATCH_LABEL[lang]}
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
