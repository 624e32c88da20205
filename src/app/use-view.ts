import { useQueryStates } from 'nuqs';
import {
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { PageContext } from './page';
import { NO_STATIC_CHARTS, StaticChartsContext } from '../charts/static-chart';
import type { ChartTheme } from '../charts/echarts-setup';
import { useAllSummaries, useRegions } from '../data/page/use-data';
import type { Lang, Topic } from '../data/schema';
import type { Filters } from '../charts/filter-text';
import type { PanelTab } from '../ui/view-props';
import {
  applyFigure,
  applyFilters,
  auditSearch,
  tabKey,
  viewParsers,
  viewParsersFor,
  withoutDropped,
} from './view-state';
import type { AuditContext, Dropped, Theme } from './view-state';
import { useSystemTheme } from './use-system-theme';
import { useFigure } from './use-figure';

const THEME_KEY = 'imde-theme';

const noSubscribe = () => () => undefined;
const clientSearch = () => window.location.search;
// Only a page without parameters is hydrated (public/boot.js sends others to a fresh render).
const serverSearch = () => '';
const noSavedTheme = () => null;

const storedTheme = (): Theme | null => {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage disabled: follow the system
  }
};

/**
 * The view state: parsed from the URL by nuqs (history entries, so back/forward work),
 * checked against the loaded data, and with setters that write only what differs from
 * the defaults.
 */
export const useView = () => {
  const page = useContext(PageContext);
  const parsers = useMemo(() => viewParsersFor(page.lang), [page.lang]);
  const [state, setState] = useQueryStates(parsers, { history: 'push' });
  const regions = useRegions();
  const { summaries, settled } = useAllSummaries();
  const figure = useFigure(state.figure);
  const [audit, setAudit] = useState<{ search: string; dropped: Dropped[] } | null>(null);

  const ctx = useMemo<AuditContext | null>(() => {
    if (!regions.data || !settled || figure.pending) return null;
    const years = summaries.flatMap((s) => s.years);
    if (years.length === 0) return null;
    return {
      regionCodes: new Set(regions.data.all.map((r) => r.code)),
      years: [Math.min(...years), Math.max(...years)],
      figureKnown: figure.known,
    };
  }, [regions.data, summaries, settled, figure.pending, figure.known]);

  // Once the data is known, whatever the URL asks that cannot be applied is named in a
  // notice (derived during render, React's pattern for state that follows props) and dropped
  // from the URL (the effect). Runs again after back/forward, whose URL may be an old bad one;
  // the URL rewrite itself changes `search`, and must not clear the notice.
  const search = useSyncExternalStore(noSubscribe, clientSearch, serverSearch);
  if (ctx && audit?.search !== search) {
    const bad = auditSearch(search, ctx);
    setAudit({ search, dropped: bad.length > 0 ? bad : (audit?.dropped ?? []) });
  }
  useEffect(() => {
    if (!ctx) return;
    const bad = auditSearch(window.location.search, ctx);
    if (bad.length === 0) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${withoutDropped(window.location.search, bad)}${hash}`,
    );
    const known = bad
      .filter((d) => Object.hasOwn(viewParsers, d.param))
      .map((d) => [d.param, null] as const);
    void setState(Object.fromEntries(known), {
      history: 'replace',
    });
  }, [ctx, search, setState]);

  const filters = applyFilters(state, ctx);
  const system = useSystemTheme();
  // Hydration renders without the saved choice, as the prerendered (light) page did; only a
  // reader who saved one re-renders afterwards (a subscription that always changed after
  // hydration would re-render the whole dashboard on every visit).
  const saved = useSyncExternalStore(noSubscribe, storedTheme, noSavedTheme);
  const theme: ChartTheme = state.theme ?? saved ?? system;

  // public/boot.js has set <html>'s theme before the first paint; on a hydrated page the first
  // run would only repeat it, or undo it with the server's answer hydration still renders.
  const skipFirst = useRef(useContext(StaticChartsContext) !== NO_STATIC_CHARTS);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    document.documentElement.classList.toggle('dark', theme === 'dark');
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  }, [theme, state.lang]);

  const setFilters = useCallback(
    (patch: Partial<Filters & { topic: Topic | null }>) => void setState(patch),
    [setState],
  );
  const setTab = useCallback(
    (panel: string, tab: PanelTab) => void setState({ [tabKey(panel)]: tab }),
    [setState],
  );
  const setLang = useCallback((lang: Lang) => void setState({ lang }), [setState]);
  /** Shows a figure: its id in the URL with whatever filters it needs, one history entry. */
  const showFigure = useCallback(
    (id: string | null, patch: Partial<Filters & { topic: Topic | null }> = {}) =>
      void setState({ figure: id, ...patch }),
    [setState],
  );
  const togglePatterns = useCallback(() => {
    void setState({ patterns: !state.patterns });
  }, [state.patterns, setState]);

  const toggleTheme = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // storage disabled: the URL still carries the choice
    }
    void setState({ theme: next });
  }, [theme, setState]);

  return {
    filters,
    lang: state.lang,
    theme,
    embed: state.embed ?? page.embed,
    tab: (panel: string): PanelTab => state[tabKey(panel)] ?? 'chart',
    years: ctx?.years ?? null,
    /** Every dataset summary has loaded (none failed). */
    dataLoaded: settled && summaries.length > 0,
    dropped: audit?.dropped ?? [],
    dismissDropped: () => setAudit({ search, dropped: [] }),
    setFilters,
    setTab,
    setLang,
    toggleTheme,
    patterns: state.patterns,
    togglePatterns,
    /** The figure of a `figure=` link, once found (FigureRef from the data worker). */
    figure:
      applyFigure(state.figure, ctx) !== null && figure.ref?.id === state.figure
        ? figure.ref
        : null,
    showFigure,
  };
};

export type View = ReturnType<typeof useView>;
