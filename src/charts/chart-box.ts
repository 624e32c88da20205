import type { CSSProperties } from 'react';

/**
 * A chart box's height, set in CSS rather than by script: `--chart-h`, and `--chart-h-narrow`
 * below 640 px (index.css, `.chart-box`). Both are in the markup whatever the screen, so a page
 * prerendered once serves phones and desktops, and hydrates on either with the same markup.
 */
export interface BoxHeight {
  /** Pixel height. */
  height: number;
  /** Pixel height on phones, when it differs. */
  narrowHeight?: number;
}

export const CHART_BOX_CLASS = 'chart-box';

/**
 * Below this width panels build their phone layout (shorter boxes, tighter map labels). It
 * changes chart options and box heights only, never the markup, so a page hydrates with the
 * screen's real answer and a phone does not rebuild every panel once hydration ends.
 */
export const NARROW_QUERY = '(max-width: 639px)';

export const chartBoxStyle = ({ height, narrowHeight }: BoxHeight): CSSProperties =>
  ({
    '--chart-h': `${height}px`,
    '--chart-h-narrow': `${narrowHeight ?? height}px`,
  }) as CSSProperties;
