import type { ReactNode } from 'react';
import { NARROW_QUERY } from '../charts/chart-box';
import { messages } from '../i18n/messages';
import { ChartWidthContext, DESKTOP_PANEL_WIDTH } from '../charts/static-chart';
import { useMediaQuery } from '../lib/use-media-query';
import { LoadError } from './load-error';
import { Panel } from './panel';
import type { PanelSpec } from './panel-spec';
import { specDataset } from './panel-spec';
import { PanelTabs } from './panel-tabs';
import { Skeleton } from './skeleton';
import { DatasetSource } from './source-dataset';
import { IndexSource } from './source-index';
import { SummariesSource } from './source-summaries';
import { tabPanelId } from './tab-panel-id';
import type { PanelView } from './view-props';

/** What a source hands the frame: nothing yet, a failure to show, or the panel's body. */
export type SourceState =
  | { status: 'loading' }
  /** `controls` stay usable over the error, e.g. to choose another indicator than the broken one. */
  | { status: 'error'; error: unknown; retry: () => void; controls?: ReactNode }
  | {
      status: 'ready';
      body: ReactNode;
      actions?: ReactNode;
      footer?: string;
      controls?: ReactNode;
    };

export interface SourceProps<S extends PanelSpec> {
  spec: S;
  view: PanelView;
  /** Phones get shorter maps and tighter labels. */
  narrow: boolean;
  render: (state: SourceState) => ReactNode;
}

/**
 * The one frame every panel is drawn in: header with its Export menu, Chart/Table/Sources
 * tabs, skeleton, error with Retry, and the body its source and `build` produce. Sources
 * differ only in how they load (a dataset, every dataset's summary, the worker's index).
 */
export function PanelFrame({ spec, view }: { spec: PanelSpec; view: PanelView }) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const render = (state: SourceState) => <Shell spec={spec} view={view} state={state} />;
  const props = { view, narrow, render };
  const width = DESKTOP_PANEL_WIDTH[spec.layout.wide ? 'wide' : 'normal'];
  return (
    <ChartWidthContext value={width}>
      {spec.source === 'dataset' ? (
        <DatasetSource spec={spec} {...props} />
      ) : spec.source === 'summaries' ? (
        <SummariesSource spec={spec} {...props} />
      ) : (
        <IndexSource spec={spec} {...props} />
      )}
    </ChartWidthContext>
  );
}

function Shell({ spec, view, state }: { spec: PanelSpec; view: PanelView; state: SourceState }) {
  const { lang } = view;
  const title = spec.title[lang];
  return (
    <Panel
      id={spec.id}
      datasetId={specDataset(spec)}
      title={title}
      actions={state.status === 'ready' && state.actions}
      footer={state.status === 'ready' && state.footer}
    >
      {state.status !== 'loading' && state.controls}
      <PanelTabs
        panelId={spec.id}
        panelTitle={title}
        tab={view.tab}
        lang={lang}
        onChange={view.onTabChange}
      />
      <div
        className="relative"
        role="tabpanel"
        id={tabPanelId(spec.id)}
        aria-label={messages[lang].tabs[view.tab]}
        style={{ minHeight: state.status === 'ready' ? undefined : spec.layout.height }}
      >
        {state.status === 'error' ? (
          <LoadError error={state.error} lang={lang} onRetry={state.retry} />
        ) : state.status === 'loading' ? (
          <Skeleton box={spec.layout} label={messages[lang].loading} />
        ) : (
          state.body
        )}
      </div>
    </Panel>
  );
}
