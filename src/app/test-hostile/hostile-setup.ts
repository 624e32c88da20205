import { setPlatformAPI } from 'echarts/core';
import { loadModules } from '../../charts/chart-modules';
import { registerMapOnce } from '../../charts/echarts-map';
import { CITY, HOSTILE } from './hostile-data';
import { readJson } from '../../../tests/unit/load-fixtures';

/** One test case per payload: its name, and the hostile copies of the data. */
export const cases = HOSTILE.map((h) => [JSON.stringify(h.payload), h] as const);

/** What ECharts needs in jsdom to build and render every panel's charts. */
export const prepareCharts = async () => {
  // jsdom has no canvas: give zrender a width estimate instead of its canvas measurement.
  setPlatformAPI({ measureText: (text = '') => ({ width: [...text].length * 7 }) });
  await loadModules(['map', 'heatmap']);
  for (const code of ['150000', CITY])
    registerMapOnce(code, readJson(`public/data/geo/${code}.json`));
};
