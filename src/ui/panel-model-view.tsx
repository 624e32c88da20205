import { useContext, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Chart } from '../charts/chart';
import { CHART_BOX_CLASS, chartBoxStyle } from '../charts/chart-box';
import { ChartWidthContext, StaticChartsContext, columnWidth } from '../charts/static-chart';
import { useGeo } from '../charts/use-geo';
import { messages } from '../i18n/messages';
import { LoadError } from './load-error';
import { Skeleton } from './skeleton';
import type { ModelChart, PanelModel, PanelSection } from '../charts/panel-model';
import { ChartKeyView } from './chart-key-view';
import { ChartSentence } from './chart-sentence-view';
import { KeyFigures } from './key-figures';
import { RegionLinksView } from './region-links';
import { useRegionToggle } from './use-region-toggle';
import type { ViewProps } from './view-props';

interface ModelViewProps extends ViewProps {
  panelId: string;
  model: PanelModel;
  selectedRegion: string;
  selectRegion: (code: string) => void;
}

const COLUMNS = {
  1: 'grid gap-4',
  2: 'grid gap-4 sm:grid-cols-2',
  3: 'grid gap-4 md:grid-cols-3',
} as const;

/** Any panel's content as its `build` describes it: sections of key figures and charts. */
export function PanelModelView({ model, ...props }: ModelViewProps) {
  return (
    <div className="flex flex-col gap-4">
      {model.sections.map((s) => (
        <Section key={s.id} section={s} {...props} />
      ))}
      {model.notes.map((note) => (
        <p key={note} className="text-xs text-slate-600 dark:text-slate-400">
          {note}
        </p>
      ))}
    </div>
  );
}

function Section({ section, ...props }: Omit<ModelViewProps, 'model'> & { section: PanelSection }) {
  const width = useContext(ChartWidthContext);
  const body = (
    <>
      {section.figures.length > 0 && <KeyFigures figures={section.figures} />}
      {section.charts.length > 0 && (
        <ChartWidthContext value={columnWidth(width, section.columns)}>
          <div className={COLUMNS[section.columns]}>
            {section.charts.map((c) => (
              <ModelChartView key={c.id} chart={c} {...props} />
            ))}
          </div>
        </ChartWidthContext>
      )}
    </>
  );
  return section.heading ? (
    <Group heading={section.heading}>{body}</Group>
  ) : (
    <div className="flex flex-col gap-3">{body}</div>
  );
}

function Group({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-col gap-2">
      <h4 id={id} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        {heading}
      </h4>
      {children}
    </div>
  );
}

const never = () => undefined;

/** A titled chart; the title doubles as its accessible name. */
function ModelChartView({
  panelId,
  chart,
  lang,
  theme,
  selectedRegion,
  selectRegion,
}: Omit<ModelViewProps, 'model'> & { chart: ModelChart }) {
  // A second click on the selected region goes back to the whole (the city, the province).
  const { toggle, onEvents } = useRegionToggle(
    selectedRegion,
    selectRegion,
    chart.wholeRegion ?? selectedRegion,
    chart.regionAt ?? never,
  );
  const staticKey = `${panelId}/${chart.id}`;
  const width = useContext(ChartWidthContext);
  const prerendered =
    useContext(StaticChartsContext).markup(staticKey, {
      option: chart.option,
      height: chart.height,
      ...(chart.narrowHeight !== undefined && { narrowHeight: chart.narrowHeight }),
      lang,
      width,
    }) !== null;
  // A prerendered map needs its geometry only to go live: it is fetched when the chart is about
  // to (and the map series code with it), not with the page.
  const [goingLive, setGoingLive] = useState(false);
  const geo = useGeo(chart.geo ?? null, goingLive || !prerendered);
  const geoPending = chart.geo !== undefined && !geo.isSuccess;
  const sentenceId = useId();
  const box = geo.isError ? (
    <div className={CHART_BOX_CLASS} style={chartBoxStyle(chart)}>
      <LoadError error={geo.error} lang={lang} onRetry={() => void geo.refetch()} />
    </div>
  ) : geoPending && !prerendered ? (
    <Skeleton box={chart} label={messages[lang].loading} />
  ) : (
    <Chart
      option={chart.option}
      height={chart.height}
      {...(chart.narrowHeight !== undefined && { narrowHeight: chart.narrowHeight })}
      ariaLabel={chart.title}
      theme={theme}
      lang={lang}
      className="min-w-0"
      staticKey={staticKey}
      {...(chart.sentence && { ariaDescribedBy: sentenceId })}
      liveBlocked={geoPending}
      onGoingLive={() => setGoingLive(true)}
      {...(chart.regionAt && { onEvents })}
    />
  );
  const key = chart.key && <ChartKeyView chartKey={chart.key} onSelect={toggle} />;
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
        {chart.title}
        {chart.hint && (
          <span className="font-normal text-slate-500 dark:text-slate-400">{chart.hint}</span>
        )}
      </figcaption>
      {chart.regionLinks && <RegionLinksView links={chart.regionLinks} onSelect={selectRegion} />}
      {chart.key?.placement === 'side' ? (
        <div className="grid gap-3 sm:grid-cols-[3fr_2fr]">
          <ChartWidthContext value={Math.round(((width - 12) * 3) / 5)}>{box}</ChartWidthContext>
          {key}
        </div>
      ) : (
        <>
          {box}
          {key}
        </>
      )}
      {chart.caption && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{chart.caption}</p>
      )}
      {chart.sentence && <ChartSentence id={sentenceId} sentence={chart.sentence} lang={lang} />}
    </figure>
  );
}
