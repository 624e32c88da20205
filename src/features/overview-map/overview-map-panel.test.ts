import { describe, expect, it } from 'vitest';
import regionsFile from '../../../public/data/regions.json';
import { modelCharts } from '../../charts/panel-model';
import { buildRegionIndex } from '../../data/regions';
import type { RegionsFile } from '../../data/schema';
import { overviewMapPanel } from './overview-map-panel';

const regions = buildRegionIndex(regionsFile as RegionsFile);
const summaries = [
  {
    id: 'x',
    title: { zh: '甲', en: 'A' },
    topic: 'health' as const,
    sources: [],
    indicators: [],
    observationCount: 4,
    years: [2020],
    regionCounts: { '150000': 1, '150100': 1, '150125': 2, '150722': 3 },
  },
];
const build = (selectedRegion: string, lang: 'zh' | 'en' = 'zh') => {
  const model = overviewMapPanel.build(
    { summaries, regions, selectedRegion },
    { lang, narrow: false, regionName: (c) => regions.name(c, lang) },
  );
  const [chart] = modelCharts(model);
  if (!chart) throw new Error('no chart');
  return { model, chart };
};

describe('overview map panel', () => {
  it('draws the province, with links into the county maps', () => {
    const { chart } = build('150000');
    expect(chart.geo).toBe('150000');
    expect(chart.regionLinks?.links.map((l) => [l.code, l.label])).toEqual([
      ['150100', '呼和浩特市'],
      ['150700', '呼伦贝尔市'],
    ]);
  });

  it("shows a chosen county on its league's county map, with a way back", () => {
    const { chart, model } = build('150125');
    expect(chart.geo).toBe('150100');
    expect(chart.title).toBe('呼和浩特市各旗县区数据分布');
    const [series] = chart.option.series as { data: { name: string; label?: object }[] }[];
    expect(series?.data.filter((d) => d.label).map((d) => d.name)).toEqual(['150125']);
    expect(chart.regionLinks?.links).toEqual([{ code: '150000', label: '← 返回全区地图' }]);
    // A second click on the county returns to the league, not to the province.
    expect(chart.wholeRegion).toBe('150100');
    expect(chart.regionAt?.({ name: '150125' })).toBe('150125');
    expect(chart.caption).toContain('另有 1 条为呼和浩特市整体的数据');
    expect(model.table?.rows[0]?.cells).toEqual(['呼和浩特市', '1']);
  });

  it("drills into Hulunbuir's banners in English", () => {
    const { chart } = build('150700', 'en');
    expect(chart.geo).toBe('150700');
    expect(chart.title).toBe('Figures by county: Hulunbuir');
    const [series] = chart.option.series as { data: { name: string; value: number }[] }[];
    expect(series?.data.find((d) => d.name === '150722')?.value).toBe(3);
  });

  it('keeps the province map for a league without county geometry, that league outlined', () => {
    const { chart } = build('150200');
    expect(chart.geo).toBe('150000');
    expect(chart.wholeRegion).toBeUndefined();
  });
});
