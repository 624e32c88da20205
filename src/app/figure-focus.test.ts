import { describe, expect, it } from 'vitest';
import { readJson } from '../../tests/unit/load-fixtures';
import { buildRegionIndex } from '../data/regions';
import type { RegionsFile } from '../data/schema';
import type { FigureRef } from '../data/figure-ref';
import { filtersToShow } from './figure-focus';

const regions = buildRegionIndex(readJson('public/data/regions.json') as RegionsFile);
const figure = {
  datasetId: 'hohhot-medical-groups',
  observation: { region: '150125', year: 2023 },
} as FigureRef;
const none = { region: '150000', from: null, to: null, topic: null };
const topicOf = () => 'health' as const;

describe('filtersToShow', () => {
  it('changes nothing when the figure is already visible', () => {
    expect(filtersToShow(figure, none, regions, topicOf)).toEqual({});
    expect(
      filtersToShow(figure, { ...none, region: '150100', from: 2020 }, regions, topicOf),
    ).toEqual({});
  });
  it('moves to the figure region when the selected one does not include it', () => {
    expect(filtersToShow(figure, { ...none, region: '150700' }, regions, topicOf)).toEqual({
      region: '150125',
    });
  });
  it('opens a year range that excludes the year, and clears a topic that hides it', () => {
    expect(
      filtersToShow(
        figure,
        { ...none, from: 2024, to: 2025, topic: 'public-security' },
        regions,
        topicOf,
      ),
    ).toEqual({ from: null, topic: null });
    expect(filtersToShow(figure, { ...none, to: 2020 }, regions, topicOf)).toEqual({ to: null });
  });
});
