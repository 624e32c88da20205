import { useId } from 'react';
import type { RegionIndex } from '../data/regions';
import { TOPICS } from '../data/vocabulary';
import type { Topic } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { filterParts } from '../charts/filter-text';
import { RegionCombobox, RegionComboboxPlaceholder } from '../ui/region-combobox';
import { Tooltip } from '../ui/tooltip';
import { DEFAULT_REGION } from './view-state';
import type { View } from './use-view';

const SELECT =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900';
// A fixed width: the year options arrive with the data and must not resize the bar.
const YEAR_SELECT = `${SELECT} w-24`;
const CONTROL_BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600';
const FIELD_LABEL = 'flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400';

/** The sticky bar whose filters apply to every panel, with chips for what is active. */
export function FilterBar({ view, regions }: { view: View; regions: RegionIndex | undefined }) {
  const { filters, lang, years } = view;
  const t = tFor(lang);
  const patternsHintId = useId();
  const themeLabel = t('theme.toggle', {
    mode: t(view.theme === 'dark' ? 'theme.light' : 'theme.dark'),
  });
  const yearOptions = years
    ? Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i)
    : [];
  const parts = filterParts(filters, (code) => regions?.name(code, lang) ?? code, lang);
  const chips = [
    filters.region !== DEFAULT_REGION && {
      id: 'region',
      text: parts.region,
      clear: () => view.setFilters({ region: DEFAULT_REGION }),
    },
    (filters.from !== null || filters.to !== null) && {
      id: 'years',
      text: parts.years,
      clear: () => view.setFilters({ from: null, to: null }),
    },
    filters.topic !== null && {
      id: 'topic',
      text: `${t('filters.topic')}: ${t(`topic.${filters.topic}`)}`,
      clear: () => view.setFilters({ topic: null }),
    },
  ].filter((chip) => chip !== false);

  return (
    <div
      data-sticky-top
      className="z-10 border-b sm:sticky sm:top-0 print:hidden border-slate-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95"
    >
      <div
        role="search"
        aria-label={t('filters.label')}
        className="mx-auto flex max-w-7xl flex-wrap items-end gap-3"
      >
        {regions ? (
          <RegionCombobox
            regions={regions}
            value={filters.region}
            lang={lang}
            onChange={(region) => view.setFilters({ region })}
          />
        ) : (
          <RegionComboboxPlaceholder lang={lang} />
        )}
        <YearSelect
          label={t('filters.from')}
          anyLabel={t('filters.any')}
          years={yearOptions}
          value={filters.from}
          // A start after the end (or an end before the start) would empty every panel.
          unavailable={(y) => filters.to !== null && y > filters.to}
          onChange={(from) => view.setFilters({ from })}
        />
        <YearSelect
          label={t('filters.to')}
          anyLabel={t('filters.any')}
          years={yearOptions}
          value={filters.to}
          unavailable={(y) => filters.from !== null && y < filters.from}
          onChange={(to) => view.setFilters({ to })}
        />
        <label className={FIELD_LABEL}>
          {t('filters.topic')}
          <select
            className={SELECT}
            value={filters.topic ?? ''}
            onChange={(e) => view.setFilters({ topic: (e.target.value || null) as Topic | null })}
          >
            <option value="">{t('filters.allTopics')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topic.${topic}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="ml-auto flex gap-2">
          <Tooltip text={t('patternsHint')} id={patternsHintId}>
            <button
              type="button"
              aria-pressed={view.patterns}
              aria-describedby={patternsHintId}
              onClick={view.togglePatterns}
              className={`${CONTROL_BUTTON} aria-pressed:bg-slate-200 dark:aria-pressed:bg-slate-700`}
            >
              {t('patterns')}
            </button>
          </Tooltip>
          <button
            type="button"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={`${t('language')}: ${t('switchTo')}`}
            onClick={() => view.setLang(lang === 'zh' ? 'en' : 'zh')}
            className={CONTROL_BUTTON}
          >
            {t('switchTo')}
          </button>
          <Tooltip text={themeLabel}>
            <button
              type="button"
              aria-pressed={view.theme === 'dark'}
              aria-label={themeLabel}
              onClick={view.toggleTheme}
              className={CONTROL_BUTTON}
            >
              <span aria-hidden="true">{view.theme === 'dark' ? '☀' : '☾'}</span>
            </button>
          </Tooltip>
        </div>
      </div>
      {chips.length > 0 && (
        <ul
          aria-label={t('filters.active')}
          className="mx-auto mt-2 flex max-w-7xl flex-wrap gap-2"
        >
          {chips.map((chip) => (
            <li key={chip.id}>
              <button
                type="button"
                onClick={chip.clear}
                aria-label={t('filters.clear', { what: chip.text })}
                className="min-h-6 rounded-full bg-blue-50 px-3 py-0.5 text-sm text-blue-800 hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-blue-950 dark:text-blue-200"
              >
                {chip.text} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          {chips.length > 1 && (
            <li>
              <button
                type="button"
                onClick={() =>
                  view.setFilters({ region: DEFAULT_REGION, from: null, to: null, topic: null })
                }
                className="min-h-6 px-2 py-0.5 text-sm text-slate-600 underline focus-visible:outline-2 dark:text-slate-300"
              >
                {t('filters.clearAll')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/** One end of the year range: any year, or one of the years the data has. */
function YearSelect({
  label,
  anyLabel,
  years,
  value,
  unavailable,
  onChange,
}: {
  label: string;
  anyLabel: string;
  years: readonly number[];
  value: number | null;
  unavailable: (year: number) => boolean;
  onChange: (year: number | null) => void;
}) {
  return (
    <label className={FIELD_LABEL}>
      {label}
      <select
        className={YEAR_SELECT}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{anyLabel}</option>
        {years.map((y) => (
          <option key={y} value={y} disabled={unavailable(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
