import type { Filters } from '../charts/filter-text';
import { yearRangeText } from '../charts/filter-text';
import type { RegionIndex } from '../data/regions';
import type { Lang } from '../data/schema';

/** A region and years that have figures, one click away. */
export interface Suggestion {
  region: string;
  from: number;
  to: number;
  /** The current years would hide its figures: the click clears them too. */
  clearYears: boolean;
  /** How much is there, e.g. "12 rows" or "5 panels". */
  amount: string;
}

interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  regions: RegionIndex;
  lang: Lang;
  onFiltersChange: (patch: Partial<Filters>) => void;
  buttonClassName: string;
}

/** Buttons that each switch the view to a region (and years) with figures. */
export function SuggestionList({
  suggestions,
  regions,
  lang,
  onFiltersChange,
  buttonClassName,
}: SuggestionListProps) {
  return (
    <ul className="mt-1 flex flex-wrap gap-2">
      {suggestions.map((s) => (
        <li key={s.region}>
          <button
            type="button"
            onClick={() =>
              onFiltersChange({ region: s.region, ...(s.clearYears && { from: null, to: null }) })
            }
            className={buttonClassName}
          >
            {regions.name(s.region, lang)} · {yearRangeText(s.from, s.to, lang)} · {s.amount}
          </button>
        </li>
      ))}
    </ul>
  );
}
