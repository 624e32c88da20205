import type { Indicator } from '../data/schema';

/** Region names and an indicator shared by the sentence tests. */
const names: Record<string, { zh: string; en: string }> = {
  '150000': { zh: '内蒙古', en: 'Inner Mongolia' },
  '150100': { zh: '呼和浩特市', en: 'Hohhot' },
  '150200': { zh: '包头市', en: 'Baotou' },
  '150125': { zh: '武川县', en: 'Wuchuan County' },
  '150121': { zh: '土默特左旗', en: 'Tumed Left Banner' },
};
export const zh = { lang: 'zh' as const, regionName: (c: string) => names[c]?.zh ?? c };
export const en = { lang: 'en' as const, regionName: (c: string) => names[c]?.en ?? c };

export const infant: Indicator = {
  id: 'infant-mortality',
  name: { zh: '婴儿死亡率', en: 'Infant mortality' },
  unit: { zh: '‰', en: 'per 1,000' },
  kind: 'rate',
  better: 'lower',
  decimals: 2,
};
