import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { READY_TIMEOUT, panel } from './helpers';

/*
 * Pointer helpers for ECharts canvases: ECharts draws no DOM per mark, so these scan the canvas
 * with synthetic pointer events inside the page and read the tooltip ECharts appends beside it.
 */

/**
 * The tooltip ECharts shows inside a chart box (a div beside the canvas' wrapper, without a
 * canvas of its own, not hidden by its inline style): its text and HTML, or null.
 */
export async function visibleTooltip(
  chart: Locator,
): Promise<{ text: string; html: string } | null> {
  return chart.evaluate((root) => {
    for (const el of Array.from(root.querySelectorAll('div'))) {
      if (el.querySelector('canvas') || !el.parentElement?.querySelector('canvas')) continue;
      if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
      const text = (el.textContent ?? '').trim();
      if (text) return { text, html: el.innerHTML };
    }
    return null;
  });
}

/**
 * Hovers the chart with the real mouse where ECharts shows a tooltip, and returns up to `wanted`
 * different tooltips (text and HTML). The points are found first by a fast scan inside the page
 * (synthetic pointer events over a grid of the canvas, as in clickMapRegion); each point is then
 * hovered with the real mouse and its tooltip read from the DOM.
 */
export async function hoverTooltips(
  page: Page,
  chart: Locator,
  wanted = 2,
): Promise<{ text: string; html: string }[]> {
  await chart.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  const points = await chart.evaluate((root, max) => {
    const canvas = root.querySelector('canvas');
    if (!canvas) return [];
    const tooltip = (): string => {
      for (const el of Array.from(root.querySelectorAll('div'))) {
        if (el.querySelector('canvas') || !el.parentElement?.querySelector('canvas')) continue;
        if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
        const text = (el.textContent ?? '').trim();
        if (text) return text;
      }
      return '';
    };
    const box = canvas.getBoundingClientRect();
    const found = new Map<string, { x: number; y: number }>();
    for (let y = 6; y < box.height && found.size < max; y += 12) {
      for (let x = 6; x < box.width && found.size < max; x += 12) {
        const clientX = box.left + x;
        const clientY = box.top + y;
        if (document.elementFromPoint(clientX, clientY) !== canvas) continue;
        const init = { bubbles: true, cancelable: true, clientX, clientY };
        canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
        canvas.dispatchEvent(new MouseEvent('mousemove', init));
        const text = tooltip();
        if (text && !found.has(text)) found.set(text, { x: clientX, y: clientY });
      }
    }
    canvas.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    return [...found.values()];
  }, wanted);
  const tips: { text: string; html: string }[] = [];
  for (const { x, y } of points) {
    await page.mouse.move(x, y);
    await expect
      .poll(() => visibleTooltip(chart), { message: `a tooltip under the mouse at (${x}, ${y})` })
      .not.toBeNull();
    const tip = await visibleTooltip(chart);
    if (tip) tips.push(tip);
  }
  await page.mouse.move(0, 0);
  return tips;
}

/**
 * Clicks the named region on a panel's ECharts map (canvas). ECharts draws no DOM per region,
 * so this hovers a grid of points over the chart's canvas and reads ECharts' tooltip (a div
 * appended to the chart container) until one of its texts equals `regionName`, then clicks there
 * with the real mouse.
 *
 * The scan runs inside the page (synthetic pointermove events, which ECharts' zrender listens
 * to) because a real mouse move per grid point takes seconds per map; the point found is then
 * re-checked with a real hover before the real click.
 */
export async function clickMapRegion(page: Page, panelId: string, regionName: string) {
  const chart = panel(page, panelId).locator('[data-chart-ready="true"]').first();
  await expect(chart).toBeVisible({ timeout: READY_TIMEOUT });
  await chart.scrollIntoViewIfNeeded();
  // Move the real mouse away so no earlier hover state lingers.
  await page.mouse.move(0, 0);

  const found = await chart.evaluate((root, name) => {
    const canvas = root.querySelector('canvas');
    if (!canvas) return { point: null, seen: ['<no canvas>'] };
    /** The texts of the visible tooltip's leaf elements, e.g. ['呼和浩特市', '数据条数', '48']. */
    const tooltipTexts = (): string[] => {
      // The tooltip: a div next to the canvas' wrapper, without a canvas of its own. Its inline
      // style says whether ECharts shows it, and textContent is read rather than innerText:
      // while this loop runs, a CSS transition from hidden cannot advance, so the computed
      // style (and innerText) would still say hidden.
      for (const el of Array.from(root.querySelectorAll('div'))) {
        if (el.querySelector('canvas') || !el.parentElement?.querySelector('canvas')) continue;
        if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
        const leaves = [el, ...Array.from(el.querySelectorAll('*'))]
          .filter((e) => e.childElementCount === 0)
          .map((e) => (e.textContent ?? '').trim())
          .filter(Boolean);
        if (leaves.length > 0) return leaves;
      }
      return [];
    };
    const box = canvas.getBoundingClientRect();
    const seen = new Set<string>();
    // Coarse grid first, finer second: small regions (e.g. Wuhai) need the finer one.
    for (const step of [16, 6]) {
      for (let y = step / 2; y < box.height; y += step) {
        for (let x = step / 2; x < box.width; x += step) {
          const clientX = box.left + x;
          const clientY = box.top + y;
          // Only points the user can actually reach (not under the sticky filter bar).
          if (document.elementFromPoint(clientX, clientY) !== canvas) continue;
          const init = { bubbles: true, cancelable: true, clientX, clientY };
          canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
          canvas.dispatchEvent(new MouseEvent('mousemove', init));
          const lines = tooltipTexts();
          if (lines[0]) seen.add(lines[0]);
          if (lines.includes(name)) return { point: { x: clientX, y: clientY }, seen: [...seen] };
        }
      }
    }
    return { point: null, seen: [...seen] };
  }, regionName);
  if (!found.point) {
    throw new Error(
      `panel ${panelId}: no point of the map shows a tooltip naming "${regionName}"; tooltips seen: ${found.seen.join(' | ')}`,
    );
  }
  const { x, y } = found.point;
  await page.mouse.move(x, y);
  await expect
    .poll(
      () =>
        chart.evaluate((root) =>
          Array.from(root.querySelectorAll('div'))
            .filter(
              (el) => !el.querySelector('canvas') && el.parentElement?.querySelector('canvas'),
            )
            .filter((el) => el.style.display !== 'none' && el.style.visibility !== 'hidden')
            .flatMap((el) => Array.from(el.querySelectorAll('*')))
            .filter((e) => e.childElementCount === 0)
            .map((e) => (e.textContent ?? '').trim()),
        ),
      { message: `the tooltip under the real mouse names ${regionName}` },
    )
    .toContain(regionName);
  await page.mouse.click(x, y);
}
