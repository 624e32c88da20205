import { describe, expect, it } from 'vitest';
import {
  GROUP_COLOURS,
  MAP_SERIES_ID,
  NO_GROUP,
  NO_GROUP_COLOUR,
  buildMedicalGroupsOption,
  clickedRegion,
} from './build-medical-groups-option';
import type { MedicalGroupItem } from './build-medical-groups-option';
import { INSET_ID, URBAN_CORE_BOUNDS } from './medical-groups-inset';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';
import { DIMMED_OPACITY, SELECTED_STYLE } from '../../charts/selection-style';

const group = indicator('partner-medical-group', '', {
  kind: 'category',
  better: 'neutral',
  decimals: 0,
  categories: [
    { id: 'imar-peoples-hospital', name: { zh: '人民医院集团', en: "People's" }, terms: ['x'] },
    { id: 'county-medical-community', name: { zh: '县域医共体', en: 'County' }, terms: ['y'] },
    { id: 'immu-affiliated-hospital', name: { zh: '医大附院', en: 'IMMU' }, terms: ['z'] },
  ],
});
const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
const basis = { zh: '按推断<归入>', en: 'Inferred <here>' };
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
      dims: { tie: 'member' },
    }),
    observation('partner-medical-group', 2023, 0, {
      region: '150121',
      value: 'county-medical-community',
      inferred: true,
      basis,
    }),
    observation('partner-medical-group', 2023, 0, {
      region: '150103',
      value: 'immu-affiliated-hospital',
      dims: { tie: 'cooperation' },
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
        id: 'tie',
        name: { zh: '关系', en: 'Tie' },
        values: [
          { id: 'member', name: { zh: '正式加入', en: 'Joined' } },
          { id: 'cooperation-agreement', name: { zh: '院府合作', en: 'Agreement' } },
          { id: 'cooperation', name: { zh: '合作', en: 'Cooperation' } },
        ],
      },
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
    regions: ['150102', '150103', '150121', '150125'],
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
    expect(series.data.map((d) => d.name)).toEqual(['150102', '150103', '150121', '150125']);
    expect(series.data.map((d) => d.value)).toEqual([0, 1, 2, Number.NaN]);
    expect(series.label.formatter({ data: series.data[2] })).toBe('R150121');
  });

  it('colours each group by the strength of its tie through a hidden piecewise visualMap', () => {
    const { visualMap } = build().option as {
      visualMap: { type: string; seriesId: string; show: boolean; pieces: Piece[] };
    };
    expect(visualMap).toMatchObject({ type: 'piecewise', seriesId: MAP_SERIES_ID, show: false });
    expect(visualMap.pieces.map((p) => [p.value, p.label, p.color])).toEqual([
      [0, "People's · Joined", GROUP_COLOURS['imar-peoples-hospital']],
      [2, 'County (inferred)', GROUP_COLOURS['county-medical-community']],
      // Cooperation is the group's hue, lighter: D55E00 at 35 %.
      [1, 'IMMU · Cooperation', 'rgba(213,94,0,0.35)'],
    ]);
    expect(visualMap).toHaveProperty('outOfRange', { color: NO_GROUP_COLOUR });
    const coop = seriesOf().data[1];
    expect(coop?.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(coop?.itemStyle).not.toHaveProperty('decal');
  });

  it("returns the legend with each group's regions and their ties, and regions without a figure", () => {
    const { groups } = build('150121');
    expect(groups.map((g) => [g.id, g.label, g.colour, g.inferred])).toEqual([
      ['imar-peoples-hospital', "People's", GROUP_COLOURS['imar-peoples-hospital'], false],
      // Every county assignment is inferred, so the legend says so.
      [
        'county-medical-community',
        'County (inferred)',
        GROUP_COLOURS['county-medical-community'],
        true,
      ],
      ['immu-affiliated-hospital', 'IMMU', GROUP_COLOURS['immu-affiliated-hospital'], false],
      [NO_GROUP, 'No information', NO_GROUP_COLOUR, false],
    ]);
    expect(groups.map((g) => g.members)).toEqual([
      [
        {
          code: '150102',
          name: 'R150102',
          selected: false,
          tie: 'member',
          tieLabel: 'Joined',
          inferred: false,
        },
      ],
      [{ code: '150121', name: 'R150121', selected: true, inferred: true }],
      [
        {
          code: '150103',
          name: 'R150103',
          selected: false,
          tie: 'cooperation',
          tieLabel: 'Cooperation',
          inferred: false,
        },
      ],
      [{ code: '150125', name: 'R150125', selected: false, inferred: false }],
    ]);
  });

  it('hatches inferred assignments only, and explains them, escaped in the tooltip', () => {
    const { option, derivedNote } = build();
    const [member, coop, county, empty] = (option.series as MapSeries[])[0]?.data ?? [];
    expect(county?.inferred).toBe(true);
    expect(county?.itemStyle).toHaveProperty('decal');
    expect([member, coop, empty].map((d) => d?.itemStyle?.decal)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(county?.tip).toContain('Inferred &lt;here&gt;');
    expect(county?.tip).toContain('County (inferred)');
    expect(county?.tip).not.toContain('<here>');
    expect(coop?.tip).toContain('Cooperation');
    expect(empty?.tip).toContain('No information');
    expect(derivedNote).toBe('Hatched: assignment inferred. Inferred <here>');
    expect(build('150000', 'zh').derivedNote).toBe('斜线表示推断的归属：按推断<归入>');
  });

  it("keeps ECharts' automatic patterns off, so in patterns mode hatching still means inferred", () => {
    expect(build().option.aria).toMatchObject({ decal: { show: false } });
  });

  it('names the small urban districts in an enlarged inset instead of on the crowded map', () => {
    const { option } = build();
    const series = seriesOf();
    // On the city map the urban districts carry no label (their names would collide) ...
    expect(series.data.map((d) => d.label?.show)).toEqual([false, false, undefined, undefined]);
    // ... the inset, cropped to the urban core, names each on its own area in its colour.
    const geo = option.geo as {
      id: string;
      map: string;
      clip: boolean;
      boundingCoords: number[][];
      regions: { name: string; label: { show: boolean }; itemStyle: { areaColor: string } }[];
    };
    expect(geo).toMatchObject({ id: INSET_ID, map: '150100', clip: true, nameProperty: 'code' });
    // Neither the city nor the inset is stretched to its box.
    expect(geo).toHaveProperty('preserveAspect', 'contain');
    expect(series).toHaveProperty('preserveAspect', 'contain');
    expect(geo.regions.filter((r) => r.label.show).map((r) => r.name)).toEqual([
      '150102',
      '150103',
    ]);
    expect(geo.regions.find((r) => r.name === '150102')?.itemStyle.areaColor).toBe(
      GROUP_COLOURS['imar-peoples-hospital'],
    );
    expect(option.title).toMatchObject({ id: INSET_ID, text: 'Urban districts, enlarged' });
    // Every urban district lies inside the inset's extent.
    const [[west, north], [east, south]] = URBAN_CORE_BOUNDS;
    expect([west < 111.441, east > 112.184, north > 41.13, south < 40.61]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('draws no inset for a map without the urban districts', () => {
    const counties = buildMedicalGroupsOption(dataset, dataset.observations, {
      lang: 'en',
      regionName,
      map: '150100',
      regions: ['150121', '150125'],
      selectedRegion: '150000',
    });
    expect(counties.option).not.toHaveProperty('geo');
  });

  it('marks the selected region and fades the others, keeping every region', () => {
    const data = seriesOf('150121').data;
    expect(data).toHaveLength(4);
    expect(data[2]?.itemStyle).toMatchObject(SELECTED_STYLE);
    expect(data[3]?.itemStyle).toEqual({ opacity: DIMMED_OPACITY });
    expect(seriesOf('150100').data[3]?.itemStyle).toBeUndefined();
  });

  it('describes the groups for screen readers instead of codes and indices', () => {
    expect((build().option.aria as { label: { description: string } }).label.description).toBe(
      "partner-medical-group en: R150102 People's; R150121 County (inferred); R150103 IMMU; R150125 No information",
    );
  });

  it('reads the clicked region code back from the item', () => {
    expect(clickedRegion({ data: seriesOf().data[0] })).toBe('150102');
    expect(clickedRegion({})).toBeUndefined();
    expect(clickedRegion(null)).toBeUndefined();
  });
});
