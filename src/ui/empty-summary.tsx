import type { RegionIndex } from '../data/regions';
import type { Lang } from '../data/schema';
import { nearestSelections } from '../data/suggest';
import { tFor } from '../i18n/i18n';
import { mostlyEmpty, useCoverage } from './panel-coverage';
import { SuggestionList } from './suggestion-list';
import type { Filters } from '../charts/filter-text';
import { yearRangeText } from '../charts/filter-text';

interface EmptySummaryProps {
  filters: Filters;
  regions: RegionIndex;
  lang: Lang;
  onFiltersChange: (patch: Partial<Filters>) => void;
}

/**
 * When the filters leave most panels empty, says so once, above the panels, with the nearest
 * region/year combinations that have figures (each one click away), so the reader does not
 * scroll through a row of empty cards to learn it.
 */
export function EmptySummary({ filters, regions, lang, onFiltersChange }: EmptySummaryProps) {
  const t = tFor(lang);
  const panels = useCoverage();
  if (!mostlyEmpty(panels)) return null;
  const list = [...panels.values()];
  const near = nearestSelections(
    list.map((p) => p.all),
    filters,
    regions,
  );
  return (
    <div role="note" data-empty-summary className="mx-auto mt-4 max-w-7xl px-4 text-sm">
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
        <p className="font-medium">
          {t('empty.summary', {
            empty: list.filter((p) => p.empty).length,
            total: list.length,
            region: regions.name(filters.region, lang),
            years: yearRangeText(filters.from, filters.to, lang),
          })}
        </p>
        {near.length > 0 && (
          <>
            <p className="mt-1">{t('empty.nearest')}</p>
            <SuggestionList
              suggestions={near.map((s) => ({
                ...s,
                clearYears: s.yearGap > 0,
                amount: t('empty.panels', { count: s.panels }),
              }))}
              regions={regions}
              lang={lang}
              onFiltersChange={onFiltersChange}
              buttonClassName="min-h-8 rounded border border-amber-400 bg-white px-2 py-1 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-amber-600 dark:bg-slate-900 dark:hover:bg-amber-900"
            />
          </>
        )}
      </div>
    </div>
  );
}
