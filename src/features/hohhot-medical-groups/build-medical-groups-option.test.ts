import { describe, expect, it } from 'vitest';
import {
  DIMMED_OPACITY,
  GROUP_COLOURS,
  MAP_SERIES_ID,
  NO_GROUP,
  NO_GROUP_COLOUR,
  SELECTED_STYLE,
  buildMedicalGroupsOption,
  clickedRegion,
} from './build-medical-groups-option';
import type { MedicalGroupItem } from './build-medical-groups-option';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const group = indicator('partner-medical-group', '', {
  kind: 'category',
  better: 'neutral',
  decimals: 0,
  categories: [
    { id: 'imar-peoples-hospital', name: { zh: '人民医院集团', en: "People's" }, terms: ['x'] },
    { id: 'county-medical-community', name: { zh: '县域医共体', en: 'County' }, terms: ['y'] },
  ],
});
const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
const note = { zh: '按推断<归入>', en: 'Inferred <here>' };
const dataset = testDataset(
  [
    group,
    indicator('key-specialties', '个', count),
    indicator('famous-specialties-launched', '个', count),
  ],
  [
    observation('partner-medical-group', 2023, 0, {
      region: '150102',
      value: 'imar-peoples-hospital',
    }),
    observation('partner-medical-group', 2023, 0, {
      region: '150121',
      value: 'county-medical-community',
      derived: true,
      note,
    }),
    observation('famous-specialties-launched', 2023, 20, { region: '150100' }),
    observation('key-specialties', 2023, 25, {
      region: '150100',
      dims: { 'hospital-tier': 'autonomous-region' },
    }),
    observation('key-specialties', 2023, 12, {
      region: '150100',
      dims: { 'hospital-tier': 'municipal' },
    }),
  ],
  {
    dimensions: [
      {
        id: 'hospital-tier',
        name: { zh: '医院层级', en: 'Tier' },
        values: [
          { id: 'autonomous-region', name: { zh: '自治区', en: 'Region' } },
          { id: 'municipal', name: { zh: '市级', en: 'City' } },
        ],
      },
    ],
  },
);

interface MapSeries {
  id: string;
  type: string;
  map: string;
  nameProperty: string;
  selectedMode: boolean;
  data: MedicalGroupItem[];
  label: { formatter: (p: unknown) => string };
}
interface Piece {
  value: number;
  label: string;
  color: string;
}

const build = (selectedRegion = '150000', lang: 'zh' | 'en' = 'en') =>
  buildMedicalGroupsOption(dataset, dataset.observations, {
    lang,
    regionName,
    map: '150100',
    regions: ['150102', '150121', '150125'],
    selectedRegion,
  });
const seriesOf = (selectedRegion?: string) => {
  const [series] = build(selectedRegion).option.series as MapSeries[];
  if (!series) throw new Error('no series');
  return series;
};

describe('buildMedicalGroupsOption', () => {
  it('draws one map series keyed by region code, one item per region of the map', () => {
    const series = seriesOf();
    expect(series).toMatchObject({
      id: MAP_SERIES_ID,
      type: 'map',
      map: '150100',
      nameProperty: 'code',
      selectedMode: false,
    });
    expect(series.data.map((d) => d.name)).toEqual(['150102', '150121', '150125']);
    expect(series.data.map((d) => d.value)).toEqual([0, 1, Number.NaN]);
    expect(series.label.formatter({ data: series.data[1] })).toBe('R150121');
  });

  it('colours groups by category index through a hidden piecewise visualMap', () => {
    const { visualMap } = build().option as {
      visualMap: { type: string; seriesId: string; show: boolean; pieces: Piece[] };
    };
    expect(visualMap).toMatchObject({ type: 'piecewise', seriesId: MAP_SERIES_ID, show: false });
    expect(visualMap.pieces.map((p) => [p.value, p.color])).toEqual([
      [0, GROUP_COLOURS['imar-peoples-hospital']],
      [1, GROUP_COLOURS['county-medical-community']],
    ]);
    expect(visualMap).toHaveProperty('outOfRange', { color: NO_GROUP_COLOUR });
  });

  it("returns the legend with each group's regions, and regions without a figure", () => {
    const { groups } = build('150121');
    expect(groups.map((g) => [g.id, g.label, g.colour, g.derived])).toEqual([
      ['imar-peoples-hospital', "People's", GROUP_COLOURS['imar-peoples-hospital'], false],
      // Every county assignment is inferred, so the legend says so.
      [
        'county-medical-community',
        'County (derived)',
        GROUP_COLOURS['county-medical-community'],
        true,
      ],
      [NO_GROUP, 'No information', NO_GROUP_COLOUR, false],
    ]);
    expect(groups.map((g) => g.members)).toEqual([
      [{ code: '150102', name: 'R150102', selected: false }],
      [{ code: '150121', name: 'R150121', selected: true }],
      [{ code: '150125', name: 'R150125', selected: false }],
    ]);
  });

  it('hatches derived assignments and explains them, escaped in the tooltip', () => {
    const { option, derivedNote } = build();
    const [, county, empty] = (option.series as MapSeries[])[0]?.data ?? [];
    expect(county?.derived).toBe(true);
    expect(county?.itemStyle).toHaveProperty('decal');
    expect(county?.tip).toContain('Inferred &lt;here&gt;');
    expect(county?.tip).toContain('County (derived)');
    expect(county?.tip).not.toContain('<here>');
    expect(empty?.tip).toContain('No information');
    expect(derivedNote).toBe('Hatched: assignment inferred. Inferred <here>');
    expect(build('150000', 'zh').derivedNote).toBe('斜线表示推算的归属：按推断<归入>');
  });

  it('marks the selected region and fades the others, keeping every region', () => {
    const data = seriesOf('150121').data;
    expect(data).toHaveLength(3);
    expect(data[1]?.itemStyle).toMatchObject(SELECTED_STYLE);
    expect(data[0]?.itemStyle).toEqual({ opacity: DIMMED_OPACITY });
    expect(seriesOf('150100').data[0]?.itemStyle).toBeUndefined();
  });

  it('describes the groups for screen readers instead of codes and indices', () => {
    expect((build().option.aria as { label: { description: string } }).label.description).toBe(
      "partner-medical-group en: R150102 People's; R150121 County (derived); R150125 No information",
    );
  });

  it('reads the clicked region code back from the item', () => {
    expect(clickedRegion({ data: seriesOf().data[0] })).toBe('150102');
    expect(clickedRegion({})).toBeUndefined();
    expect(clickedRegion(null)).toBeUndefined();
  });
});
