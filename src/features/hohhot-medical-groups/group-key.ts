import type { ChartKey, KeySwatch } from '../../charts/panel-model';
import type { Lang, Localized } from '../../data/schema';
import type { GroupEntry } from './build-medical-groups-option';
import { TIES, TIE_FILL_ALPHA, withAlpha } from './medical-group-ties';
import type { Tie } from './medical-group-ties';

// The same diagonal hatch as the map's decal, so an inferred tie reads the same in both places.
const HATCH =
  'repeating-linear-gradient(-45deg, rgba(255,255,255,0.55) 0 1.5px, transparent 1.5px 5px)';
const NEUTRAL = '#64748b';

const HINT: Localized = { zh: '点击地区名称或地图筛选', en: 'Click a name or the map to filter' };
const KEY_TITLE: Localized = { zh: '图例', en: 'Key' };
const HATCH_LABEL: Localized = { zh: '斜线：推断的归属', en: 'Hatched: inferred' };

const tieSwatch = (colour: string, tie: Tie): KeySwatch => ({
  colour: withAlpha(colour, TIE_FILL_ALPHA[tie]),
  edge: { colour, dashed: tie === 'cooperation' },
});

/**
 * The map's key: each group with its regions as buttons (and how each is tied to it), then
 * what the fills mean: how strong each tie is drawn, and that hatching marks an inference.
 */
export const groupKey = (groups: readonly GroupEntry[], lang: Lang): ChartKey => {
  const members = groups.flatMap((g) => g.members);
  const ties = TIES.filter((tie) => members.some((m) => m.tie === tie));
  const tieLabel = (tie: Tie) => members.find((m) => m.tie === tie)?.tieLabel ?? tie;
  return {
    placement: 'side',
    hint: HINT[lang],
    entries: groups.map((g) => ({
      id: g.id,
      label: g.label,
      swatch: { colour: g.colour, ...(g.inferred && { pattern: HATCH }) },
      regions: g.members.map((m) => ({
        code: m.code,
        name: m.name,
        selected: m.selected,
        ...(m.tie && m.tie !== 'member' && m.tieLabel && { note: m.tieLabel }),
      })),
    })),
    styles: {
      title: KEY_TITLE[lang],
      entries: [
        ...ties.map((tie) => ({ id: tie, label: tieLabel(tie), swatch: tieSwatch(NEUTRAL, tie) })),
        ...(members.some((m) => m.inferred)
          ? [
              {
                id: 'inferred',
                label: HATCH_LABEL[lang],
                swatch: { colour: NEUTRAL, pattern: HATCH },
              },
            ]
          : []),
      ],
    },
  };
};
