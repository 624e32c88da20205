import type { Indicator, Lang } from '../data/schema';
import type { Change } from '../data/select';
import { formatValue } from './format';

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');

/** "−1.89‰ (−35.4%)": absolute change in the indicator's unit, then percent when it means something. */
// A change of a percentage is in percentage points, never in percent.
const POINTS = { zh: '个百分点', en: 'pp' };

export const changeText = (change: Change, indicator: Indicator, lang: Lang): string => {
  const unit = indicator.kind === 'percent' ? POINTS : indicator.unit;
  const absolute = `${sign(change.absolute)}${formatValue(Math.abs(change.absolute), unit, lang, indicator.decimals)}`;
  if (change.percent === null || indicator.kind === 'percent') return absolute;
  return `${absolute} (${sign(change.percent)}${Math.abs(change.percent).toFixed(1)}%)`;
};

export const verdictText = (change: Change, lang: Lang): string => {
  if (change.improved === null) return '';
  if (lang === 'zh') return change.improved ? '改善' : '变差';
  return change.improved ? 'better' : 'worse';
};
