import type { TitledChart } from '../charts/titled-chart';
import { ChartBlock } from './chart-block';
import type { ViewProps } from './view-props';

export interface GridChart extends TitledChart {
  /** Overrides the grid's height, e.g. a horizontal bar chart that grows with its rows. */
  height?: number;
}

const COLUMNS = {
  1: 'grid gap-4',
  2: 'grid gap-4 sm:grid-cols-2',
  3: 'grid gap-4 md:grid-cols-3',
} as const;

/** Small multiples: one titled chart per unit, side by side where there is room. */
export function ChartGrid({
  charts,
  height,
  columns,
  lang,
  theme,
}: ViewProps & { charts: readonly GridChart[]; height: number; columns: keyof typeof COLUMNS }) {
  return (
    <div className={COLUMNS[columns]}>
      {charts.map((c) => (
        <ChartBlock
          key={c.id}
          title={c.title}
          option={c.option}
          height={c.height ?? height}
          {...(c.caption !== undefined && { caption: c.caption })}
          lang={lang}
          theme={theme}
        />
      ))}
    </div>
  );
}
