import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCombobox } from 'downshift';
import { useEffect, useState } from 'react';
import { formatObservationValue } from '../charts/observation-text';
import type { Lang, ManifestEntry } from '../data/schema';
import type { FigureHit } from '../data/figure-ref';
import { searchQueryOptions } from '../data/page/search-queries';
import { tFor } from '../i18n/i18n';
import { snippetParts } from './search-snippet';
import { listboxClass, optionClass } from './combobox-styles';

interface FigureSearchProps {
  lang: Lang;
  entries: readonly ManifestEntry[];
  onChoose: (hit: FigureHit) => void;
}

/** Waits until typing pauses, so a phone is not asked to search on every keystroke. */
const DEBOUNCE_MS = 150;

const useDebounced = (value: string, ms: number) => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

/**
 * The header search: every figure and quote, by words (Chinese or English), numbers as
 * printed, region names and pinyin. An ARIA combobox (Downshift): arrows move, Enter opens
 * the figure, Escape closes. The index lives in the data worker; typing never blocks the page.
 */
export function FigureSearch({ lang, entries, onChoose }: FigureSearchProps) {
  const t = tFor(lang);
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const results = useQuery({
    ...searchQueryOptions(entries, query),
    placeholderData: keepPreviousData,
  });
  const hits = query === '' ? [] : (results.data ?? []);

  const {
    isOpen,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    highlightedIndex,
    reset,
  } = useCombobox<FigureHit>({
    items: hits,
    // Always unselected: choosing the same figure twice still opens it.
    selectedItem: null,
    itemToString: () => '',
    itemToKey: (hit) => hit?.id,
    inputValue: text,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setText(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      onChoose(selectedItem);
      setText('');
      reset();
    },
  });

  // Building the index costs a moment once: start it when the box gets focus.
  const warm = () => void queryClient.prefetchQuery(searchQueryOptions(entries, ' '));
  const words = query.split(/\s+/);
  const status = results.isError
    ? t('search.failed', { message: results.error.message })
    : results.isFetching && hits.length === 0
      ? t('search.loading')
      : hits.length === 0
        ? t('search.none', { query })
        : null;

  return (
    <div className="relative w-full sm:w-80">
      <label {...getLabelProps()} className="sr-only">
        {t('search.label')}
      </label>
      <input
        {...getInputProps({
          placeholder: t('search.placeholder'),
          type: 'search',
          onFocus: warm,
          'aria-description': t('search.hint'),
        })}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900"
      />
      <ul
        {...getMenuProps({ 'aria-label': t('search.results') })}
        className={listboxClass(
          isOpen && query !== '',
          'right-0 z-30 max-h-[70vh] w-full sm:w-[28rem]',
        )}
      >
        {isOpen && query !== '' && status && (
          <li className="px-3 py-2 text-slate-500 dark:text-slate-400">{status}</li>
        )}
        {isOpen &&
          hits.map((hit, index) => (
            <li
              key={hit.id}
              {...getItemProps({ item: hit, index })}
              className={optionClass(
                highlightedIndex === index,
                'border-b border-slate-100 px-3 py-2 last:border-0 dark:border-slate-800',
              )}
            >
              <ResultLine hit={hit} lang={lang} words={[...words, ...hit.terms]} />
            </li>
          ))}
      </ul>
    </div>
  );
}

function ResultLine({ hit, lang, words }: { hit: FigureHit; lang: Lang; words: string[] }) {
  const { observation: o, indicator } = hit;
  const name = [indicator.name[lang], ...hit.dims.map((d) => d[lang])].join(' · ');
  const quote = lang === 'en' && o.quoteEn ? o.quoteEn : o.quote;
  return (
    <>
      <span className="flex flex-wrap items-baseline justify-between gap-x-2">
        <span className="font-medium">{name}</span>
        <span className="font-semibold tabular-nums">
          {formatObservationValue(o, indicator, lang)}
        </span>
      </span>
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {hit.regionName[lang]} · {o.year}
      </span>
      <span className="block text-xs text-slate-700 dark:text-slate-300">
        {snippetParts(quote, words).map((part, i) =>
          part.mark ? (
            <mark
              key={i}
              className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700"
            >
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </span>
    </>
  );
}
