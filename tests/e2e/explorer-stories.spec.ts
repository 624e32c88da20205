import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  expectSearch,
  loadDashboard,
  panel,
  tableRows,
} from './helpers';
import { readDataset, select, tab, pickRegion } from './explorer-steps';

/*
 * The explorer, user stories shared by URL: view state in the URL (only non-defaults; history entries), filters, panel
 * tabs, empty states, the overview map as a region picker, language and theme.
 * Names used here are the app's accessible names (src/i18n/messages.ts).
 */

test.describe('explorer', () => {
  test.describe('8. user stories, answered and shared by URL', () => {
    /** Opens the current URL in a fresh page of the same context; returns it and its errors. */
    async function reopen(page: Page) {
      const url = page.url();
      const other = await page.context().newPage();
      const errors = collectPageErrors(other);
      await other.goto(url);
      return { other, errors };
    }

    test('a. infant mortality 2015→2019 is 5.34‰ → 3.45‰', async ({ page }) => {
      const errors = collectPageErrors(page);
      await loadDashboard(page);

      await select(page, 'from').selectOption('2015');
      await select(page, 'to').selectOption('2019');
      const outcomes = panel(page, 'health-outcomes');
      // The chart caption states the change over the range.
      await expect(outcomes.locator('figure').filter({ hasText: '婴儿死亡率' })).toContainText(
        '婴儿死亡率 2015→2019',
      );
      await tab(page, 'health-outcomes', 'table').click();
      await expectSearch(page, { from: '2015', to: '2019', 'tab.health-outcomes': 'table' });

      const check = async (p: Page) => {
        const rows = await tableRows(panel(p, 'health-outcomes'));
        const infant = rows.filter((r) => r[0] === '婴儿死亡率');
        expect(infant.map((r) => [r[2], r[4]])).toEqual([
          ['2015', '5.34‰'],
          ['2019', '3.45‰'],
        ]);
        // Exactly the filtered observations: the panel's four outcome indicators, 2015–2019.
        const outcomeIndicators = [
          'life-expectancy',
          'infant-mortality',
          'under5-mortality',
          'maternal-mortality',
        ];
        const expected = readDataset('health-13th-fyp').observations.filter(
          (o) => outcomeIndicators.includes(o.indicator) && o.year >= 2015 && o.year <= 2019,
        );
        expect(rows).toHaveLength(expected.length);
        for (const r of rows) expect(['2015', '2019']).toContain(r[2]);
      };
      await expect(panel(page, 'health-outcomes').getByRole('table')).toBeVisible();
      await check(page);

      const { other, errors: otherErrors } = await reopen(page);
      await expect(tab(other, 'health-outcomes', 'table')).toHaveAttribute(
        'aria-selected',
        'true',
        {
          timeout: READY_TIMEOUT,
        },
      );
      await expect(panel(other, 'health-outcomes').getByRole('table')).toBeVisible();
      await check(other);

      expectNoPageErrors(errors);
      expectNoPageErrors(otherErrors);
    });

    test('b. Hohhot: which group each district belongs to; which counties have a stroke centre', async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      await loadDashboard(page);

      await pickRegion(page, '呼和', /呼和浩特市/);
      await tab(page, 'hohhot-medical-groups', 'table').click();
      await tab(page, 'hohhot-five-centres', 'table').click();
      await expectSearch(page, {
        region: '150100',
        'tab.hohhot-medical-groups': 'table',
        'tab.hohhot-five-centres': 'table',
      });

      const check = async (p: Page) => {
        const groups = await tableRows(panel(p, 'hohhot-medical-groups'));
        const groupOf = (district: string) =>
          groups.find((r) => r[0] === '关联的医疗集团/医共体' && r[1] === district)?.[4];
        expect(groupOf('玉泉区')).toBe('呼和浩特市第一医院');
        expect(groupOf('新城区')).toBe('内蒙古自治区人民医院集团');
        expect(groupOf('回民区')).toBe('内蒙古医科大学附属医院');
        // An inferred membership says so in the table.
        expect(groupOf('武川县')).toBe('县域医共体(推断)');

        const centres = await tableRows(panel(p, 'hohhot-five-centres'));
        const strokeBuilt = centres
          .filter((r) => r[3]?.includes('卒中中心') && r[4] === '已建成')
          .map((r) => r[1]);
        expect(strokeBuilt).toEqual(expect.arrayContaining(['托克托县', '和林格尔县']));
      };
      await expect(panel(page, 'hohhot-five-centres').getByRole('table')).toBeVisible();
      await check(page);

      const { other, errors: otherErrors } = await reopen(page);
      await expect(panel(other, 'hohhot-five-centres').getByRole('table')).toBeVisible({
        timeout: READY_TIMEOUT,
      });
      await expect(panel(other, 'hohhot-medical-groups').getByRole('table')).toBeVisible();
      await check(other);

      expectNoPageErrors(errors);
      expectNoPageErrors(otherErrors);
    });

    test('c. detonators seized in 2020, and the sentence that says so', async ({ page }) => {
      const errors = collectPageErrors(page);
      await loadDashboard(page);

      await tab(page, 'firearm-seizures', 'sources').click();
      await expectSearch(page, { 'tab.firearm-seizures': 'sources' });

      const check = async (p: Page) => {
        const firearms = panel(p, 'firearm-seizures');
        await expect(tab(p, 'firearm-seizures', 'sources')).toHaveAttribute(
          'aria-selected',
          'true',
          {
            timeout: READY_TIMEOUT,
          },
        );
        const entry = firearms.locator('ol > li').filter({ hasText: '收缴雷管' });
        await expect(entry).toHaveCount(1);
        await expect(entry.locator('blockquote')).toContainText('雷管25.9万枚');
        await expect(entry).toContainText('2020');
        await expect(entry).toContainText('2020年全区收缴枪支834支 子弹22.7万发');
      };
      await check(page);

      const { other, errors: otherErrors } = await reopen(page);
      await check(other);

      expectNoPageErrors(errors);
      expectNoPageErrors(otherErrors);
    });
  });
});
