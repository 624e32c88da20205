import { describe, expect, it } from 'vitest';
import regionsFile from '../../../public/data/regions.json';
import { buildRegionIndex } from '../../data/regions';
import type { RegionsFile } from '../../data/schema';
import { COUNTY_MAPS, PROVINCE, mapFor, selectedArea } from './drill-in';

const regions = buildRegionIndex(regionsFile as RegionsFile);
const geometry = Object.keys(import.meta.glob('../../../public/data/geo/*.json'))
  .map((path) => /(\d{6})\.json$/u.exec(path)?.[1])
  .filter((code) => code !== undefined && code !== PROVINCE);

describe('drilling into a county map', () => {
  it('offers exactly the leagues whose county geometry ships', () =>
    expect([...COUNTY_MAPS].sort()).toEqual(geometry.sort()));

  it.each([
    ['150000', '150000'],
    ['150100', '150100'],
    ['150125', '150100'],
    ['150722', '150700'],
    // Baotou has no county geometry: the province map, Baotou outlined.
    ['150200', '150000'],
    ['nowhere', '150000'],
  ])('region %s is drawn on map %s', (selected, map) =>
    expect(mapFor(selected, regions)).toBe(map),
  );

  it('outlines the area of the map that holds the selection', () => {
    expect(selectedArea('150000', '150125', regions)).toBe('150100');
    expect(selectedArea('150100', '150125', regions)).toBe('150125');
    // The league itself chosen: no single county is.
    expect(selectedArea('150100', '150100', regions)).toBeUndefined();
    expect(selectedArea('150000', '150000', regions)).toBeUndefined();
  });
});
