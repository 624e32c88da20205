import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { Chart } from '../charts/chart';
import { useGeo } from '../charts/use-geo';
import { messages } from '../i18n/messages';
import { LoadError } from './load-error';
import { Skeleton } from './skeleton';
import type { ModelChart, PanelModel, PanelSection } from '../charts/panel-model';
import { ChartKeyView } from './chart-key-view';
import { ChartSentence } from './chart-sentence-view';
import { KeyFigures } from './key-figures';
import { useRegionToggle } from './use-region-toggle';
import type { ViewProps } from './view-props';

interface ModelViewProps extends ViewProps {
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
  const body = (
    <>
      {section.figures.length > 0 && <KeyFigures figures={section.figures} />}
      {section.charts.length > 0 && (
        <div className={COLUMNS[section.columns]}>
          {section.charts.map((c) => (
            <ModelChartView key={c.id} chart={c} {...props} />
          ))}
        </div>
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
  const geo = useGeo(chart.geo ?? null);
  const sentenceId = useId();
  const figure = useRef<HTMLElement>(null);
  // The sentence describes the chart box, which <Chart> owns and re-creates with the chart
  // (skeleton, error, chart): point it at the sentence after every render.
  useEffect(() => {
    const box = figure.current?.querySelector('[data-chart-ready]');
    if (!box) return;
    if (chart.sentence) box.setAttribute('aria-describedby', sentenceId);
    else box.removeAttribute('aria-describedby');
  });
  const box = geo.isError ? (
    <div style={{ minHeight: chart.height }}>
      <LoadError error={geo.error} lang={lang} onRetry={() => void geo.refetch()} />
    </div>
  ) : chart.geo !== undefined && !geo.isSuccess ? (
    <Skeleton height={chart.height} label={messages[lang].loading} />
  ) : (
    <Chart
      option={chart.option}
      height={chart.height}
      ariaLabel={chart.title}
      theme={theme}
      lang={lang}
      className="min-w-0"
      {...(chart.regionAt && { onEvents })}
    />
  );
  const key = chart.key && <ChartKeyView chartKey={chart.key} onSelect={toggle} />;
  return (
    <figure ref={figure} className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
        {chart.title}
        {chart.hint && (
          <span className="font-normal text-slate-500 dark:text-slate-400">{chart.hint}</span>
        )}
      </figcaption>
      {chart.key?.placement === 'side' ? (
        <div className="grid gap-3 sm:grid-cols-[3fr_2fr]">
          {box}
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
