import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../../data/regions';
import { indicator, observation, testDataset } from '../../data/test-dataset';
import { toCsv } from './csv';
import { toJson } from './json';
import { observationRows } from '../observation-row';
import { RECORD_COLUMNS, exportRecords } from './records';

const regions = buildRegionIndex({
  regions: [
    {
      code: '150000',
      name: { zh: '内蒙古自治区', en: 'Inner Mongolia' },
      parent: null,
      level: 'province',
    },
  ],
});
const dataset = testDataset(
  [indicator('detonators', '枚', { kind: 'count', decimals: 0 })],
  [
    observation('detonators', 2020, 259000, {
      quote: '雷管25.9万枚',
      note: { zh: '注', en: 'note, "quoted"' },
    }),
  ],
);

const rowsOf = (lang: 'zh' | 'en') =>
  observationRows(dataset, dataset.observations, (code) => regions.name(code, lang), lang);

describe('exportRecords', () => {
  const [record] = exportRecords(rowsOf('zh'), 'zh');
  it('keeps the number in its unit and the text as the article writes it', () => {
    expect(record).toMatchObject({
      indicator_id: 'detonators',
      unit: '枚',
      region_code: '150000',
      region: '内蒙古自治区',
      year: 2020,
      value: 259000,
      value_text: '25.9万枚',
      derived: false,
      publication: '报',
      date: '2021-01',
      headline: '题',
      quote: '雷管25.9万枚',
    });
  });
  it('round-trips through CSV and JSON with every column', () => {
    const csv = toCsv(RECORD_COLUMNS, exportRecords(rowsOf('en'), 'en'));
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${RECORD_COLUMNS.join(',')}`);
    expect(csv).toContain('"note, ""quoted"""');
    const json = JSON.parse(
      toJson({
        panel: 'p',
        title: 'T',
        filters: { region: '150000', regionName: 'Inner Mongolia', from: null, to: null },
        sources: dataset.sources,
        records: [record!],
      }),
    ) as { observations: unknown[]; sources: { id: string }[] };
    expect(json.observations).toEqual([record]);
    expect(json.sources.map((s) => s.id)).toEqual(['s']);
  });
});
