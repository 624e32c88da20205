import type { RegionIndex } from '../data/regions';
import type { Lang, Observation } from '../data/schema';
import { suggestSelections } from '../data/suggest';
import { tFor } from '../i18n/i18n';
import type { Filters } from '../charts/filter-text';
import { yearRangeText } from '../charts/filter-text';
import { useMostlyEmpty } from './panel-coverage';
import { SuggestionList } from './suggestion-list';

interface EmptyStateProps {
  /** All of the panel's observations, whatever the filters: where it does have data. */
  all: readonly Observation[];
  filters: Filters;
  regions: RegionIndex;
  lang: Lang;
  onFiltersChange: (patch: Partial<Filters>) => void;
}

/** Never an empty axis: say there is nothing, and offer every region/years that has figures. */
export function EmptyState({ all, filters, regions, lang, onFiltersChange }: EmptyStateProps) {
  const t = tFor(lang);
  // When most panels are empty the page says so once at the top; each card keeps one line
  // and its own best way to figures.
  const short = useMostlyEmpty();
  const suggestions = suggestSelections(all, regions).slice(0, short ? 1 : undefined);
  const outside = (from: number, to: number) =>
    (filters.from !== null && to < filters.from) || (filters.to !== null && from > filters.to);
  return (
    <div role="status" className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800">
      <p>
        {t(short ? 'empty.short' : 'empty.title', {
          region: regions.name(filters.region, lang),
          years: yearRangeText(filters.from, filters.to, lang),
        })}
      </p>
      {suggestions.length === 0 ? (
        <p>{t('empty.none')}</p>
      ) : (
        <>
          {!short && <p className="mt-1">{t('empty.available')}</p>}
          <SuggestionList
            suggestions={suggestions.map((s) => ({
              ...s,
              clearYears: outside(s.from, s.to),
              amount: t('rows', { count: s.count }),
            }))}
            regions={regions}
            lang={lang}
            onFiltersChange={onFiltersChange}
            buttonClassName="min-h-6 rounded border border-blue-300 px-2 py-0.5 text-blue-700 hover:bg-blue-50 focus-visible:outline-2 dark:border-blue-700 dark:text-blue-300 dark:hover:bg-blue-950"
          />
        </>
      )}
    </div>
  );
}
