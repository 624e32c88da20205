import type { RegionIndex } from '../data/regions';
import type { Lang, Observation } from '../data/schema';
import { suggestSelections } from '../data/suggest';
import { tFor } from '../i18n/i18n';
import type { Filters } from '../charts/filter-text';
import { yearRangeText } from '../charts/filter-text';

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
  const suggestions = suggestSelections(all, regions);
  const outside = (from: number, to: number) =>
    (filters.from !== null && to < filters.from) || (filters.to !== null && from > filters.to);
  return (
    <div role="status" className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800">
      <p>
        {t('empty.title', {
          region: regions.name(filters.region, lang),
          years: yearRangeText(filters.from, filters.to, lang),
        })}
      </p>
      {suggestions.length === 0 ? (
        <p>{t('empty.none')}</p>
      ) : (
        <>
          <p className="mt-1">{t('empty.available')}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={s.region}>
                <button
                  type="button"
                  onClick={() =>
                    onFiltersChange({
                      region: s.region,
                      ...(outside(s.from, s.to) && { from: null, to: null }),
                    })
                  }
                  className="rounded border border-blue-300 px-2 py-0.5 text-blue-700 hover:bg-blue-50 focus-visible:outline-2 dark:border-blue-700 dark:text-blue-300 dark:hover:bg-blue-950"
                >
                  {regions.name(s.region, lang)} · {yearRangeText(s.from, s.to, lang)} ·{' '}
                  {t('rows', { count: s.count })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
