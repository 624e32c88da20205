import type { Dataset, Lang, Localized, Observation } from '../../data/schema';

/** The dimension of a group assignment that says how the district is tied to the group. */
export const TIE_DIMENSION = 'tie';

/**
 * Strongest first. The article distinguishes districts that "formally joined" a group from a
 * district government's cooperation agreement with a hospital (院府合作) and from cooperation.
 */
export const TIES = ['member', 'cooperation-agreement', 'cooperation'] as const;
export type Tie = (typeof TIES)[number];

const TIE_NAMES: Record<Tie, Localized> = {
  member: { zh: '正式加入', en: 'Formally joined' },
  'cooperation-agreement': { zh: '签订院府合作协议', en: 'Cooperation agreement' },
  cooperation: { zh: '合作', en: 'Cooperation' },
};

/**
 * How the map draws each tie: the group's colour at full strength for members, lighter for
 * an agreement, lighter still and with a dashed edge for cooperation. Lightness, not hue, so
 * it reads with any colour vision and on either theme.
 */
export const TIE_FILL_ALPHA: Record<Tie, number> = {
  member: 1,
  'cooperation-agreement': 0.6,
  cooperation: 0.35,
};

export const tieOf = (observation: Observation | undefined): Tie | undefined => {
  const value = observation?.dims?.[TIE_DIMENSION];
  return TIES.find((t) => t === value);
};

/** The tie's name as the dataset declares it, or ours where the dataset has none. */
export const tieName = (dataset: Dataset, tie: Tie, lang: Lang): string =>
  dataset.dimensions?.find((d) => d.id === TIE_DIMENSION)?.values.find((v) => v.id === tie)?.name[
    lang
  ] ?? TIE_NAMES[tie][lang];

/** "#0072B2" at an alpha, as rgba(): the fill of a weaker tie. */
export const withAlpha = (hex: string, alpha: number): string => {
  if (alpha >= 1 || !/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const channel = (i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `rgba(${channel(0)},${channel(1)},${channel(2)},${alpha})`;
};

/** A fact the article implies rather than states: flagged `inferred` with its basis. */
export const isInferred = (o: Observation | undefined): boolean => o?.inferred === true;

export const basisOf = (o: Observation, lang: Lang): string => o.basis?.[lang] ?? '';

export const INFERRED_WORD: Localized = { zh: '推断', en: 'inferred' };
