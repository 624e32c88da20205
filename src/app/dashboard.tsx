import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Filters } from '../charts/filter-text';
import { ChartSettingsContext } from '../charts/chart-settings';
import { useManifest, useRegions } from '../data/page/use-data';
import type { ManifestEntry } from '../data/schema';
import { explorerPanel } from '../features/dataset-explorer/dataset-explorer-panel';
import { tFor } from '../i18n/i18n';
import { EmptySummary } from '../ui/empty-summary';
import { PanelBoundary } from '../ui/panel-boundary';
import { PanelExportsContext } from '../ui/panel-exporter';
import type { PanelExporter } from '../ui/panel-exporter';
import { PanelFrame } from '../ui/panel-frame';
import type { PanelSpec } from '../ui/panel-spec';
import type { PanelTab, PanelView } from '../ui/view-props';
import { ExportAll } from './export-all';
import { FigureFinder } from './figure-finder';
import { FilterBar } from './filter-bar';
import { OfflineNotice } from './offline-notice';
import { DATASETS_WITH_PANELS, OVERVIEW, PANELS, SECTIONS } from './registry';
import { usePanelAnchor } from './panel-anchor';
import { UrlNotice } from './url-notice';
import { useView } from './use-view';
import type { View } from './use-view';

/** What a panel is given of the view: each part stable while it does not change. */
interface PanelInputs {
  lang: View['lang'];
  theme: View['theme'];
  filters: Filters;
  setTab: View['setTab'];
  setFilters: View['setFilters'];
}

const usePanelView = (
  { lang, theme, filters, setTab, setFilters }: PanelInputs,
  id: string,
  tab: PanelTab,
  onTabChange?: (tab: PanelTab) => void,
): PanelView =>
  useMemo(
    () => ({
      lang,
      theme,
      filters,
      tab,
      onTabChange: onTabChange ?? ((next: PanelTab) => setTab(id, next)),
      onFiltersChange: setFilters,
    }),
    [lang, theme, filters, tab, onTabChange, setTab, setFilters, id],
  );

// Memoised: a panel renders again only when its own inputs change, not on every keystroke in
// the search box or every change of another panel's tab.
const GuardedPanel = memo(function GuardedPanel({
  spec,
  tab,
  ...inputs
}: PanelInputs & { spec: PanelSpec; tab: PanelTab }) {
  const view = usePanelView(inputs, spec.id, tab);
  return (
    <PanelBoundary panelId={spec.id} lang={inputs.lang}>
      <PanelFrame spec={spec} view={view} />
    </PanelBoundary>
  );
});

/** A dataset's generic explorer panel; its tab is local, not part of the shareable view. */
function ExplorerPanel({ entry, inputs }: { entry: ManifestEntry; inputs: PanelInputs }) {
  const spec = useMemo(() => explorerPanel(entry), [entry]);
  const [tab, setTab] = useState<PanelTab>('chart');
  const view = usePanelView(inputs, spec.id, tab, setTab);
  return (
    <PanelBoundary panelId={spec.id} lang={inputs.lang}>
      <PanelFrame spec={spec} view={view} />
    </PanelBoundary>
  );
}

/** A generic explorer panel for every dataset of the manifest no panel was made for. */
function MoreDatasets({ view, inputs }: { view: View; inputs: PanelInputs }) {
  const manifest = useManifest();
  const t = tFor(view.lang);
  const entries = (manifest.data?.datasets ?? []).filter(
    (d) =>
      !DATASETS_WITH_PANELS.has(d.id) &&
      (view.filters.topic === null || d.topic === view.filters.topic),
  );
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="topic-more">
      <h2 id="topic-more" className="mb-3 text-lg font-semibold">
        {t('explorer.section')}
      </h2>
      <div className="flex flex-col gap-4">
        {entries.map((entry) => (
          <ExplorerPanel key={entry.id} entry={entry} inputs={inputs} />
        ))}
      </div>
    </section>
  );
}

export function Dashboard() {
  const view = useView();
  const regions = useRegions();
  usePanelAnchor();
  const [exporters] = useState(() => new Map<string, PanelExporter>());
  const t = tFor(view.lang);
  const showingFigure = view.figure !== null;
  const chartSettings = useMemo(
    () => ({ patterns: view.patterns, showingFigure }),
    [view.patterns, showingFigure],
  );
  const { region, from, to } = view.filters;
  const filters = useMemo(() => ({ region, from, to }), [region, from, to]);
  const { lang, theme, setTab, setFilters } = view;
  const inputs = useMemo(
    () => ({ lang, theme, filters, setTab, setFilters }),
    [lang, theme, filters, setTab, setFilters],
  );
  // The panels drawn from the data on the page follow a filter change in a background render
  // that yields to the reader; the explorer panels take it at once, so their question is sent
  // to the data worker without waiting for every other panel to be rebuilt.
  const deferredFilters = useDeferredValue(filters);
  const deferred = useMemo(
    () => ({ ...inputs, filters: deferredFilters }),
    [inputs, deferredFilters],
  );
  const shell = 'min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100';

  // Embedded in another page's iframe: that one panel, sized to the frame, nothing else.
  const embedded = view.embed && PANELS.find((p) => p.id === view.embed);
  if (embedded) {
    return (
      <PanelExportsContext value={exporters}>
        <ChartSettingsContext value={chartSettings}>
          <main className={`${shell} p-2`} data-embed={embedded.id}>
            <GuardedPanel spec={embedded} tab={view.tab(embedded.id)} {...inputs} />
          </main>
        </ChartSettingsContext>
      </PanelExportsContext>
    );
  }

  const sections = SECTIONS.filter(
    (s) => view.filters.topic === null || s.topic === view.filters.topic,
  );
  return (
    <PanelExportsContext value={exporters}>
      <ChartSettingsContext value={chartSettings}>
        <div className={shell}>
          <header className="border-b border-slate-200 bg-white px-4 py-4 dark:border-slate-800 dark:bg-slate-900">
            <div className="mx-auto flex max-w-7xl flex-wrap items-end justify-between gap-2">
              <div>
                <h1 className="text-xl font-bold">{t('appTitle')}</h1>
                <p className="text-sm text-slate-600 dark:text-slate-400">{t('appSubtitle')}</p>
              </div>
              <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
                <FigureFinder view={view} regions={regions.data} />
                <ExportAll view={view} regions={regions.data} />
              </div>
            </div>
          </header>
          <FilterBar view={view} regions={regions.data} />
          <UrlNotice dropped={view.dropped} lang={view.lang} onDismiss={view.dismissDropped} />
          <OfflineNotice lang={view.lang} dataLoaded={view.dataLoaded} />
          {regions.data && (
            <EmptySummary
              filters={view.filters}
              regions={regions.data}
              lang={view.lang}
              onFiltersChange={view.setFilters}
            />
          )}
          <main className="mx-auto flex max-w-7xl flex-col gap-8 px-4 py-6">
            <section aria-labelledby="topic-overview">
              {/* Keeps the heading outline h1 > h2 > h3 for screen-reader navigation. */}
              <h2 id="topic-overview" className="sr-only">
                {t('overview.section')}
              </h2>
              {OVERVIEW.map((spec) => (
                <GuardedPanel key={spec.id} spec={spec} tab={view.tab(spec.id)} {...deferred} />
              ))}
            </section>
            {sections.map(({ topic, panels }) => (
              <section key={topic} aria-labelledby={`topic-${topic}`}>
                <h2 id={`topic-${topic}`} className="mb-3 text-lg font-semibold">
                  {t(`topic.${topic}`)}
                </h2>
                <div className="grid gap-4 lg:grid-cols-2 print:block">
                  {panels.map((spec) => (
                    <div
                      key={spec.id}
                      // A grid of one: the panel fills its row, so the two panels of a row
                      // end level and no gap opens under the shorter one.
                      className={spec.layout.wide ? 'grid min-w-0 lg:col-span-2' : 'grid min-w-0'}
                    >
                      <GuardedPanel spec={spec} tab={view.tab(spec.id)} {...deferred} />
                    </div>
                  ))}
                </div>
              </section>
            ))}
            <MoreDatasets view={view} inputs={inputs} />
          </main>
        </div>
      </ChartSettingsContext>
    </PanelExportsContext>
  );
}
