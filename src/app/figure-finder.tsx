import { useEffect, useRef } from 'react';
import { highlightFigureMark } from '../charts/figure-mark';
import { isFigureId } from '../data/figure-id';
import type { RegionIndex } from '../data/regions';
import type { FigureRef } from '../data/figure-ref';
import { useManifest } from '../data/page/use-data';
import { FigureSearch } from '../ui/figure-search';
import { PANEL_INDICATORS, panelForFigure } from './figure-panels';
import { filtersToShow } from './figure-focus';
import { holdPanelInView } from './panel-anchor';
import type { View } from './use-view';

// The panel may not be on the page yet (the manifest, its data): look for it for a few
// seconds. Its chart then loads its data and code after it is scrolled to, which on a slow
// device or network takes longer still: the mark is tried again each time a chart in the
// panel becomes ready, for as long as the figure is shown.
const RETRY_MS = 150;
const TRIES = 40;

/**
 * The header search and what choosing a figure does: its id and the filters it needs go
 * into the URL; its panel scrolls into view; its chart mark, Table row and Sources entry are
 * highlighted. A `?figure=` link does the same when it is opened.
 */
export function FigureFinder({ view, regions }: { view: View; regions: RegionIndex | undefined }) {
  const manifest = useManifest();
  const entries = manifest.data?.datasets;
  const figure = view.figure;
  const scrolled = useRef<string | null>(null);

  const show = (ref: FigureRef) => {
    const topicOf = (id: string) => entries?.find((e) => e.id === id)?.topic;
    const patch = regions ? filtersToShow(ref, view.filters, regions, topicOf) : {};
    scrolled.current = null; // choosing the same figure again scrolls to it again
    view.showFigure(ref.id, patch);
  };

  // A link's figure may be hidden by the link's own filters: open them.
  const { filters, showFigure } = view;
  useEffect(() => {
    if (!figure || !regions || !entries) return;
    const topicOf = (id: string) => entries.find((e) => e.id === id)?.topic;
    const patch = filtersToShow(figure, filters, regions, topicOf);
    if (Object.keys(patch).length > 0) showFigure(figure.id, patch);
  }, [figure, filters, regions, entries, showFigure]);

  // Scroll to the panel once per choice; (re)highlight the mark whenever the charts redraw.
  const { region, from, to } = filters;
  const { lang, theme } = view;
  useEffect(() => {
    if (!figure) return;
    const panelId = panelForFigure(PANEL_INDICATORS, figure.datasetId, figure.indicator.id);
    let tries = 0;
    let timer = 0;
    let stopped = false;
    let watching: MutationObserver | null = null;
    let held: (() => void) | null = null;
    const mark = (panel: Element) =>
      highlightFigureMark(panel, figure.id).then((done) => {
        if (done) watching?.disconnect();
        return done;
      });
    const step = () => {
      if (stopped) return;
      const panel = document.querySelector(`[data-panel="${CSS.escape(panelId)}"]`);
      if (panel && scrolled.current !== figure.id) {
        scrolled.current = figure.id;
        // Under the sticky bar, and kept there while the panels above it still load.
        held = holdPanelInView(panel.id);
      }
      if (!panel) {
        if ((tries += 1) < TRIES) timer = window.setTimeout(step, RETRY_MS);
        return;
      }
      // Only a chart turning ready is worth a new try: other changes (a tooltip following the
      // pointer) are frequent, and a try reads every chart's option.
      watching = new MutationObserver((records) => {
        const drawn = records.some(
          (r) =>
            r.target instanceof Element && r.target.getAttribute('data-chart-ready') === 'true',
        );
        if (drawn && !stopped) void mark(panel);
      });
      watching.observe(panel, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-chart-ready'],
      });
      void mark(panel);
    };
    step();
    return () => {
      stopped = true;
      clearTimeout(timer);
      watching?.disconnect();
      held?.();
    };
  }, [figure, region, from, to, lang, theme]);

  const panelId = figure && panelForFigure(PANEL_INDICATORS, figure.datasetId, figure.indicator.id);
  return (
    <>
      {entries && <FigureSearch lang={view.lang} entries={entries} onChoose={show} />}
      {figure && panelId && isFigureId(figure.id) && (
        // Ids are [0-9a-z-] only (checked above), so they are safe inside a selector.
        <style>{`
[data-figure="${figure.id}"] { background-color: rgb(254 249 195); outline: 2px solid rgb(202 138 4); outline-offset: -2px; }
.dark [data-figure="${figure.id}"] { background-color: rgb(113 63 18); }
[data-panel="${CSS.escape(panelId)}"] { box-shadow: 0 0 0 3px rgb(234 179 8); }
`}</style>
      )}
    </>
  );
}
