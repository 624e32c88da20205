import type { RegionIndex } from '../data/regions';
import { TOPICS } from '../data/vocabulary';
import type { Topic } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { filterParts } from '../charts/filter-text';
import { RegionCombobox, RegionComboboxPlaceholder } from '../ui/region-combobox';
import { DEFAULT_REGION } from './view-state';
import type { View } from './use-view';

const SELECT =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900';
// A fixed width: the year options arrive with the data and must not resize the bar.
const YEAR_SELECT = `${SELECT} w-24`;
const FIELD_LABEL = 'flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400';

/** The sticky bar whose filters apply to every panel, with chips for what is active. */
export function FilterBar({ view, regions }: { view: View; regions: RegionIndex | undefined }) {
  const { filters, lang, years } = view;
  const t = tFor(lang);
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
    <div className="z-10 border-b sm:sticky sm:top-0 print:hidden border-slate-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
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
        <label className={FIELD_LABEL}>
          {t('filters.from')}
          <select
            className={YEAR_SELECT}
            value={filters.from ?? ''}
            onChange={(e) =>
              view.setFilters({ from: e.target.value ? Number(e.target.value) : null })
            }
          >
            <option value="">{t('filters.any')}</option>
            {yearOptions.map((y) => (
              <option key={y} value={y} disabled={filters.to !== null && y > filters.to}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className={FIELD_LABEL}>
          {t('filters.to')}
          <select
            className={YEAR_SELECT}
            value={filters.to ?? ''}
            onChange={(e) =>
              view.setFilters({ to: e.target.value ? Number(e.target.value) : null })
            }
          >
            <option value="">{t('filters.any')}</option>
            {yearOptions.map((y) => (
              <option key={y} value={y} disabled={filters.from !== null && y < filters.from}>
                {y}
              </option>
            ))}
          </select>
        </label>
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
          <button
            type="button"
            aria-pressed={view.patterns}
            onClick={view.togglePatterns}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 aria-pressed:bg-slate-200 dark:border-slate-600 dark:aria-pressed:bg-slate-700"
          >
            {t('patterns')}
          </button>
          <button
            type="button"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={`${t('language')}: ${t('switchTo')}`}
            onClick={() => view.setLang(lang === 'zh' ? 'en' : 'zh')}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600"
          >
            {t('switchTo')}
          </button>
          <button
            type="button"
            aria-pressed={view.theme === 'dark'}
            aria-label={t('theme.toggle', {
              mode: t(view.theme === 'dark' ? 'theme.light' : 'theme.dark'),
            })}
            onClick={view.toggleTheme}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600"
          >
            {view.theme === 'dark' ? '☀' : '☾'}
          </button>
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
                className="rounded-full bg-blue-50 px-3 py-0.5 text-sm text-blue-800 hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-blue-950 dark:text-blue-200"
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
                className="px-2 py-0.5 text-sm text-slate-600 underline focus-visible:outline-2 dark:text-slate-300"
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
