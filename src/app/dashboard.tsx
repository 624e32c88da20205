import { useRegions } from '../data/use-data';
import { OverviewMapPanel } from '../features/overview-map/overview-map-panel';
import { tFor } from '../i18n/i18n';
import type { PanelView } from '../ui/view-props';
import { FilterBar } from './filter-bar';
import type { PanelId } from './panel-ids';
import { SECTIONS } from './panels';
import { UrlNotice } from './url-notice';
import { useView } from './use-view';
import type { View } from './use-view';

const panelView = (view: View, id: PanelId): PanelView => ({
  lang: view.lang,
  theme: view.theme,
  filters: { region: view.filters.region, from: view.filters.from, to: view.filters.to },
  tab: view.tab(id),
  onTabChange: (tab) => view.setTab(id, tab),
  onFiltersChange: view.setFilters,
});

export function Dashboard() {
  const view = useView();
  const regions = useRegions();
  const t = tFor(view.lang);
  const sections = SECTIONS.filter(
    (s) => view.filters.topic === null || s.topic === view.filters.topic,
  );
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 bg-white px-4 py-4 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto max-w-7xl">
          <h1 className="text-xl font-bold">{t('appTitle')}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('appSubtitle')}</p>
        </div>
      </header>
      <FilterBar view={view} regions={regions.data} />
      <UrlNotice dropped={view.dropped} lang={view.lang} onDismiss={view.dismissDropped} />
      <main className="mx-auto flex max-w-7xl flex-col gap-8 px-4 py-6">
        <OverviewMapPanel view={panelView(view, 'overview-map')} />
        {sections.map(({ topic, panels }) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`} className="mb-3 text-lg font-semibold">
              {t(`topic.${topic}`)}
            </h2>
            <div className="grid gap-4 lg:grid-cols-2">
              {panels.map(({ id, Panel, wide }) => (
                <div key={id} className={wide ? 'min-w-0 lg:col-span-2' : 'min-w-0'}>
                  <Panel view={panelView(view, id)} />
                </div>
              ))}
            </div>
          </section>
        ))}
      </main>
    </div>
  );
}
