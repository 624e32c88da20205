import { describe, expect, it } from 'vitest';
import { buildRegionIndex, flattenHierarchy, searchRegions } from './regions';
import { readJson } from '../../tests/unit/load-fixtures';
import { regionsFileSchema } from './schema';
import type { RegionsFile } from './schema';

const tiny: RegionsFile = {
  regions: [
    {
      code: '150000',
      name: { zh: '内蒙古自治区', en: 'Inner Mongolia' },
      parent: null,
      level: 'province',
    },
    {
      code: '150100',
      name: { zh: '呼和浩特市', en: 'Hohhot' },
      parent: '150000',
      level: 'prefecture',
    },
    {
      code: '150125',
      name: { zh: '武川县', en: 'Wuchuan County' },
      parent: '150100',
      level: 'county',
    },
    {
      code: '150700',
      name: { zh: '呼伦贝尔市', en: 'Hulunbuir' },
      parent: '150000',
      level: 'prefecture',
    },
  ],
};

describe('buildRegionIndex', () => {
  const index = buildRegionIndex(tiny);
  it('rolls a league up with its counties, and the province with everything', () => {
    expect([...index.selfAndDescendants('150100')].sort()).toEqual(['150100', '150125']);
    expect(index.selfAndDescendants('150000').size).toBe(4);
    expect(index.selfAndDescendants('150125')).toEqual(new Set(['150125']));
    expect(index.selfAndDescendants('999999').size).toBe(0);
  });
  it('gives the path from the root and names per language', () => {
    expect(index.path('150125').map((r) => r.name.zh)).toEqual([
      '内蒙古自治区',
      '呼和浩特市',
      '武川县',
    ]);
    expect(index.name('150125', 'en')).toBe('Wuchuan County');
    expect(index.name('123456', 'en')).toBe('123456');
  });
  it('lists children', () =>
    expect(index.children('150000').map((r) => r.code)).toEqual(['150100', '150700']));
});

describe('bundled regions.json', () => {
  const result = regionsFileSchema.safeParse(readJson('public/data/regions.json'));
  const index = buildRegionIndex(result.success ? result.data : tiny);
  it('is valid', () => expect(result.success).toBe(true));
  it("holds Inner Mongolia's 12 leagues/cities and Hohhot's 9 county-level divisions", () => {
    expect(index.children('150000')).toHaveLength(12);
    expect(index.children('150100').map((r) => r.code)).toEqual([
      '150102',
      '150103',
      '150104',
      '150105',
      '150121',
      '150122',
      '150123',
      '150124',
      '150125',
    ]);
  });
  it('holds the other counties the articles name', () => {
    expect(index.name('150722', 'zh')).toBe('莫力达瓦达斡尔族自治旗');
    expect(index.get('150722')?.parent).toBe('150700');
    expect(index.name('150923', 'zh')).toBe('商都县');
    expect(index.get('150923')?.parent).toBe('150900');
  });
});

describe('flattenHierarchy and searchRegions', () => {
  const options = flattenHierarchy(buildRegionIndex(tiny));
  it('lists the hierarchy depth-first with depths', () =>
    expect(options.map((o) => `${o.depth}:${o.region.code}`)).toEqual([
      '0:150000',
      '1:150100',
      '2:150125',
      '1:150700',
    ]));
  it('finds regions by Chinese, English, alias or code', () => {
    expect(searchRegions(options, '武川').map((o) => o.region.code)).toEqual(['150125']);
    expect(searchRegions(options, 'hohhot').map((o) => o.region.code)).toEqual(['150100']);
    expect(searchRegions(options, '1507').map((o) => o.region.code)).toEqual(['150700']);
    expect(searchRegions(options, '  ')).toHaveLength(4);
  });
  it('finds the aliases the articles use', () => {
    const bundled = flattenHierarchy(
      buildRegionIndex(readJson('public/data/regions.json') as RegionsFile),
    );
    expect(searchRegions(bundled, '莫旗').map((o) => o.region.code)).toEqual(['150722']);
    expect(searchRegions(bundled, '土左旗').map((o) => o.region.code)).toEqual(['150121']);
  });
});
