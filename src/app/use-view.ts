import { useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChartTheme } from '../charts/echarts-setup';
import { useAllSummaries, useRegions } from '../data/page/use-data';
import type { Lang, Topic } from '../data/schema';
import type { Filters } from '../charts/filter-text';
import type { PanelTab } from '../ui/view-props';
import { applyFilters, auditSearch, tabKey, viewParsers, withoutDropped } from './view-state';
import type { AuditContext, Dropped, Theme } from './view-state';
import { useSystemTheme } from './use-system-theme';

const THEME_KEY = 'imde-theme';

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
  const [state, setState] = useQueryStates(viewParsers, { history: 'push' });
  const regions = useRegions();
  const { summaries, settled } = useAllSummaries();
  const [audit, setAudit] = useState<{ search: string; dropped: Dropped[] } | null>(null);

  const ctx = useMemo<AuditContext | null>(() => {
    if (!regions.data || !settled) return null;
    const years = summaries.flatMap((s) => s.years);
    if (years.length === 0) return null;
    return {
      regionCodes: new Set(regions.data.all.map((r) => r.code)),
      years: [Math.min(...years), Math.max(...years)],
    };
  }, [regions.data, summaries, settled]);

  // Once the data is known, whatever the URL asks that cannot be applied is named in a
  // notice (derived during render, React's pattern for state that follows props) and dropped
  // from the URL (the effect). Runs again after back/forward, whose URL may be an old bad one;
  // the URL rewrite itself changes `search`, and must not clear the notice.
  const search = window.location.search;
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
  const theme: ChartTheme = state.theme ?? storedTheme() ?? system;

  useEffect(() => {
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
    embed: state.embed,
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
  };
};

export type View = ReturnType<typeof useView>;
