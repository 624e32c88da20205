import type { Lang, Localized } from '../../data/schema';

/**
 * How each status reads without colour: a short word in its cell and a pattern of its own,
 * both repeated in the key. "Not reported" has neither: an empty, unpatterned cell.
 * The ECharts decal and the CSS swatch describe the same drawing.
 */
export interface StatusMark {
  short: Localized;
  decal: Record<string, unknown>;
  /** CSS background for the key's swatch, over the status colour. */
  css: string;
}

/** Pattern ink: light on the dark end of the ramp, dark on the pale end. */
const LIGHT_INK = 'rgba(255,255,255,0.5)';
const DARK_INK = 'rgba(0,0,0,0.32)';

const lines = (degrees: number, ink: string, gap = 4): Pick<StatusMark, 'decal' | 'css'> => ({
  decal: {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [1.5, gap],
    rotation: (degrees * Math.PI) / 180,
    color: ink,
  },
  css: `repeating-linear-gradient(${degrees}deg, ${ink} 0 1.5px, transparent 1.5px ${1.5 + gap}px)`,
});

const dots = (size: number, step: number, ink: string): Pick<StatusMark, 'decal' | 'css'> => ({
  decal: {
    symbol: 'circle',
    symbolSize: size / step,
    dashArrayX: [step, step],
    dashArrayY: [step, step],
    color: ink,
  },
  css: `radial-gradient(circle, ${ink} ${size / 2}px, transparent ${size / 2 + 0.5}px) 0 0 / ${step * 2}px ${step * 2}px`,
});

const checks = (ink: string): Pick<StatusMark, 'decal' | 'css'> => ({
  decal: {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [
      [4, 4],
      [0, 4, 4, 0],
    ],
    dashArrayY: [4, 0],
    color: ink,
  },
  css: `conic-gradient(${ink} 25%, transparent 0 50%, ${ink} 0 75%, transparent 0) 0 0 / 8px 8px`,
});

export const STATUS_MARKS: Readonly<Record<string, StatusMark>> = {
  built: { short: { zh: '建成', en: 'Built' }, ...lines(45, LIGHT_INK) },
  'in-operation': { short: { zh: '运转', en: 'Running' }, ...lines(-45, LIGHT_INK) },
  'awaiting-certification': { short: { zh: '待认证', en: 'Cert.' }, ...lines(0, LIGHT_INK) },
  'meets-standard': { short: { zh: '达标', en: 'Std' }, ...lines(90, DARK_INK) },
  'under-acceptance': { short: { zh: '验收中', en: 'Check' }, ...dots(2, 4, DARK_INK) },
  'application-submitted': { short: { zh: '已申报', en: 'Applied' }, ...checks(DARK_INK) },
  preparing: { short: { zh: '前期', en: 'Prep.' }, ...dots(4, 6, DARK_INK) },
};

/** A status the table above does not know yet: its first characters, and no pattern. */
export const markOf = (
  id: string,
  name: string,
  lang: Lang,
): { short: string; mark?: StatusMark } => {
  const mark = STATUS_MARKS[id];
  if (mark) return { short: mark.short[lang], mark };
  return { short: lang === 'zh' ? [...name].slice(0, 2).join('') : (name.split(/\s+/)[0] ?? name) };
};
