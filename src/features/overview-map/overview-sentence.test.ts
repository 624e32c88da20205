import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../../data/regions';
import { overviewSentence } from './overview-sentence';

const leagues = Array.from({ length: 8 }, (_, i) => ({
  code: `15${String(i + 1).padStart(2, '0')}00`,
  name: { zh: `盟${i + 1}`, en: `League ${i + 1}` },
  parent: '150000',
  level: 'prefecture' as const,
}));
const regions = buildRegionIndex({
  regions: [
    {
      code: '150000',
      name: { zh: '内蒙古自治区', en: 'Inner Mongolia' },
      parent: null,
      level: 'province',
    },
    {
      code: '159900',
      name: { zh: '呼和浩特市', en: 'Hohhot' },
      parent: '150000',
      level: 'prefecture',
    },
    ...leagues,
  ],
});
const counts = (values: number[], whole: number, map = '150000') => ({
  map,
  byArea: new Map(leagues.map((l, i) => [l.code, values[i] ?? 0])),
  whole,
});

describe('overviewSentence', () => {
  it('names the league when the map is drilled into it', () => {
    const c = counts([2], 3, '159900');
    expect(overviewSentence(c, regions, 'zh')).toBe(
      '本站呼和浩特市数据中，盟1有2条，其余7个旗县区没有数据；另有3条呼和浩特市整体数据。',
    );
    expect(overviewSentence(c, regions, 'en')).toBe(
      'Figures here for Hohhot by county: League 1 (2); the other 7 have none; 3 more are for Hohhot as a whole.',
    );
  });
  it('lists the leagues with figures, most first, and counts the rest', () => {
    const c = counts([0, 14, 73], 63);
    expect(overviewSentence(c, regions, 'zh')).toBe(
      '本站数据中，盟3有73条、盟2有14条（含所辖旗县），其余6个盟市没有数据；另有63条全区数据。',
    );
    expect(overviewSentence(c, regions, 'en')).toBe(
      'Figures here by league/city (with its counties): League 3 (73) and League 2 (14); the other 6 have none; 63 more are for the whole region.',
    );
  });
  it('never says the leagues it leaves out have none when some have figures', () => {
    const c = counts([1, 2, 3, 4, 5, 6, 7, 0], 0);
    expect(overviewSentence(c, regions, 'zh')).toBe(
      '本站数据中，盟7有7条、盟6有6条、盟5有5条、盟4有4条、盟3有3条、盟2有2条（含所辖旗县），其余2个盟市更少。',
    );
    expect(overviewSentence(c, regions, 'en')).toMatch(/; the other 2 have fewer\.$/u);
    expect(overviewSentence(counts([], 5), regions, 'zh')).toBe(
      '本站数据中，各盟市都没有数据；另有5条全区数据。',
    );
  });
});
