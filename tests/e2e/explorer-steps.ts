import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PANEL_IDS } from '../../src/app/registry';
import { ROOT, panel } from './helpers';

/*
 * The explorer specs' vocabulary: the app's accessible names in both languages and the
 * controls, tabs and states they are found by.
 */

// Every panel of the registry, in reading order: a new panel is tested without listing it here.
export const ALL_PANEL_IDS = PANEL_IDS;

export const UI = {
  zh: {
    title: '内蒙古数据浏览器',
    region: '地区',
    from: '起始年份',
    to: '截止年份',
    topic: '主题',
    tabs: { chart: '图表', table: '表格', sources: '来源' },
    clearRegion: (name: string) => `清除地区: ${name}`,
    switchLanguage: '语言: English',
    themeToDark: '切换到深色',
    themeToLight: '切换到浅色',
    noticeTitle: '链接中有无法应用的参数，已忽略：',
  },
  en: {
    title: 'Inner Mongolia Data Explorer',
    region: 'Region',
    from: 'From',
    to: 'To',
    topic: 'Topic',
    tabs: { chart: 'Chart', table: 'Table', sources: 'Sources' },
    clearRegion: (name: string) => `Clear Region: ${name}`,
    switchLanguage: 'Language: 中文',
    themeToDark: 'Switch to Dark',
    themeToLight: 'Switch to Light',
    noticeTitle: 'Some parameters of this link could not be applied and were ignored:',
  },
} as const;
type Lang = keyof typeof UI;

interface DatasetFile {
  observations: { indicator: string; region: string; year: number; value: unknown }[];
}
export const readDataset = (id: string): DatasetFile =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'public/data/datasets', `${id}.json`), 'utf8'),
  ) as DatasetFile;

export const regionCombobox = (page: Page, lang: Lang = 'zh') =>
  page.getByRole('combobox', { name: UI[lang].region, exact: true });
export const select = (page: Page, which: 'from' | 'to' | 'topic', lang: Lang = 'zh') =>
  page.getByRole('combobox', { name: UI[lang][which], exact: true });
export const tab = (
  page: Page,
  panelId: string,
  name: keyof (typeof UI)['zh']['tabs'],
  lang: Lang = 'zh',
) => panel(page, panelId).getByRole('tab', { name: UI[lang].tabs[name], exact: true });
/** A panel's empty state: the role=status message that is not a loading skeleton. */
export const emptyState = (p: Locator) => p.locator('[role="status"]:not(.animate-pulse)');
export const readyCharts = (p: Locator) => p.locator('[data-chart-ready="true"]');

/** The region combobox's options (not the <option>s of the year/topic selects). */
export const regionOptions = (page: Page) => page.getByRole('listbox').getByRole('option');

export async function pickRegion(page: Page, query: string, option: RegExp, lang: Lang = 'zh') {
  const input = regionCombobox(page, lang);
  await input.click();
  await input.fill('');
  await input.pressSequentially(query);
  await regionOptions(page).filter({ hasText: option }).first().click();
}
