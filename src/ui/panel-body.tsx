import { memo, useState } from 'react';
import type { ReactNode } from 'react';
import type { DatasetMeta, ObservationRow } from '../charts/observation-row';
import type { PanelModel, PanelTable } from '../charts/panel-model';
import type { Observation } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { messages } from '../i18n/messages';
import { useHydrated } from '../lib/use-hydrated';
import { ErrorBoundary } from './error-boundary';
import { ObservationTable } from './observation-table';
import { PanelModelView } from './panel-model-view';
import { RenderError } from './render-error';
import { SourcesList } from './sources-list';
import { PANEL_TABS } from './view-props';
import type { PanelTab, PanelView } from './view-props';

interface PanelBodyProps {
  panelId: string;
  title: string;
  view: PanelView;
  /** Null when the panel has nothing to draw for the view. */
  model: PanelModel | null;
  /** What the Table and Sources tabs list, and what the exports hold. */
  rows: readonly ObservationRow[];
  /** The observations the rows print, in the same order, and their dataset's metadata. */
  observations: readonly Observation[];
  meta: DatasetMeta | null;
  /** Shown instead of an empty chart or table: what the view lacks and where figures are. */
  empty: ReactNode;
}

/**
 * The open tab of a loaded panel. The prerendered page holds every tab (the others hidden), so
 * without scripts the table and the sources can still be read (index.css shows them). Hydration
 * keeps them, hidden, until the panel shows another tab or other rows: removing them at once
 * would be one long task on every visit. Each tab sits in the same keyed slot, so nothing
 * remounts when the others go.
 */
export function PanelBody(props: PanelBodyProps) {
  const hydrated = useHydrated();
  const { tab: open, lang } = props.view;
  const [baked, setBaked] = useState(() => (hydrated ? null : { open, rows: props.rows }));
  if (baked && (baked.open !== open || baked.rows !== props.rows)) setBaked(null);
  return PANEL_TABS.map(
    (tab) =>
      (tab === open || baked) && (
        <div key={tab} hidden={tab !== open} data-tab-content={messages[lang].tabs[tab]}>
          <TabContent {...props} tab={tab} />
        </div>
      ),
  );
}

/** One tab of a loaded panel: its chart(s), its figures as a table, or their sources. */
const TabContent = memo(function TabContent({
  panelId,
  title,
  view,
  model,
  rows,
  observations,
  meta,
  empty,
  tab,
}: PanelBodyProps & { tab: PanelTab }) {
  const { lang, theme, filters, onFiltersChange } = view;
  const t = tFor(lang);
  if (tab === 'table') {
    if (model?.table) return <ModelTable table={model.table} caption={title} view={view} />;
    return rows.length === 0 ? empty : <ObservationTable rows={rows} lang={lang} caption={title} />;
  }
  if (tab === 'sources') {
    if (model?.sources) {
      return (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {model.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      );
    }
    return rows.length === 0 || !meta ? (
      empty
    ) : (
      <SourcesList meta={meta} observations={observations} rows={rows} lang={lang} />
    );
  }
  if (!model) return empty;
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <RenderError title={t('chartFailed')} error={error} retryLabel={t('retry')} retry={retry} />
      )}
    >
      <PanelModelView
        panelId={panelId}
        model={model}
        lang={lang}
        theme={theme}
        selectedRegion={filters.region}
        selectRegion={(region) => onFiltersChange({ region })}
      />
    </ErrorBoundary>
  );
});

/** A table that is not a list of observations; a row standing for a region selects it. */
function ModelTable({
  table,
  caption,
  view,
}: {
  table: PanelTable;
  caption: string;
  view: PanelView;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={c} scope="col" className={i > 0 ? 'text-right' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map(({ key, region, cells: [head, ...rest] }) => (
          <tr key={key}>
            <th scope="row" className="font-normal">
              {region === undefined ? (
                head
              ) : (
                <button
                  type="button"
                  className="underline focus-visible:outline-2"
                  onClick={() => view.onFiltersChange({ region })}
                >
                  {head}
                </button>
              )}
            </th>
            {rest.map((cell, i) => (
              <td key={i} className="text-right tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
