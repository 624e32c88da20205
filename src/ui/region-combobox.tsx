import { useCombobox } from 'downshift';
import { useEffect, useMemo, useState } from 'react';
import { loadPinyinMatcher } from '../data/pinyin-match';
import { flattenHierarchy, searchRegions } from '../data/regions';
import type { PinyinMatcher, RegionIndex, RegionOption } from '../data/regions';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { listboxClass, optionClass } from './combobox-styles';

interface RegionComboboxProps {
  regions: RegionIndex;
  value: string;
  lang: Lang;
  onChange: (code: string) => void;
}

/**
 * A searchable region hierarchy (Inner Mongolia → league/city → county), as an ARIA
 * combobox from Downshift: typing filters by Chinese or English name, alias, code or pinyin
 * (full or initials). Focus selects the name shown, so typing replaces it instead of appending.
 */
export function RegionCombobox({ regions, value, lang, onChange }: RegionComboboxProps) {
  const t = tFor(lang);
  const options = useMemo(() => flattenHierarchy(regions), [regions]);
  const [query, setQuery] = useState('');
  const [matchPinyin, setMatchPinyin] = useState<PinyinMatcher | undefined>(undefined);
  const items = useMemo(
    () => searchRegions(options, query, matchPinyin),
    [options, query, matchPinyin],
  );
  // Loaded on the first focus: by the time a name is typed, pinyin search is there.
  const wantPinyin = () => {
    if (matchPinyin) return;
    loadPinyinMatcher().then(
      (matcher) => setMatchPinyin(() => matcher),
      // Offline before the chunk was cached: names, aliases and codes still match.
      () => undefined,
    );
  };
  const selectedItem = options.find((o) => o.region.code === value) ?? null;
  const label = (o: RegionOption | null) => (o ? o.region.name[lang] : '');

  const {
    isOpen,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
    highlightedIndex,
    setInputValue,
  } = useCombobox<RegionOption>({
    items,
    selectedItem,
    itemToString: label,
    itemToKey: (o) => o?.region.code,
    onInputValueChange: ({ inputValue: text, type }) => {
      // Typing filters; selecting an item puts its name in the box but must not filter.
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(text);
    },
    onIsOpenChange: ({ isOpen: open }) => {
      if (!open) setQuery('');
    },
    onSelectedItemChange: ({ selectedItem: item }) => {
      if (item) onChange(item.region.code);
    },
  });

  // Downshift fills the box from a selection made in it, but not always when the region
  // changes elsewhere (a chip, a map click, back/forward) or the language changes: sync it.
  const selectedName = label(selectedItem);
  useEffect(() => {
    setInputValue(selectedName);
  }, [selectedName, setInputValue]);

  return (
    <div className="relative flex min-w-0 flex-col gap-1">
      <label
        {...getLabelProps()}
        className="text-xs font-medium text-slate-600 dark:text-slate-400"
      >
        {t('filters.region')}
      </label>
      <div className="flex">
        <input
          {...getInputProps({
            placeholder: t('filters.regionPlaceholder'),
            onFocus: (event) => {
              event.currentTarget.select();
              wantPinyin();
            },
            // The click that focuses the box would drop that selection for a caret: focus it
            // here instead, and let the click only open the list.
            onMouseDown: (event) => {
              if (document.activeElement === event.currentTarget) return;
              event.preventDefault();
              event.currentTarget.focus();
            },
          })}
          // The same before the app is live, on a baked page (src/lib/replay-clicks.ts).
          data-select-on-focus=""
          className="w-full min-w-0 rounded-l-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 sm:w-64"
        />
        <button
          type="button"
          {...getToggleButtonProps()}
          aria-label={t('filters.region')}
          className="rounded-r-md border border-l-0 border-slate-300 px-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600"
        >
          {isOpen ? '▴' : '▾'}
        </button>
      </div>
      <ul {...getMenuProps()} className={listboxClass(isOpen, 'z-20 max-h-80 w-full sm:w-72')}>
        {isOpen && items.length === 0 && (
          <li className="px-3 py-1 text-slate-500">{t('filters.noMatch')}</li>
        )}
        {isOpen &&
          items.map((item, index) => (
            <li
              key={item.region.code}
              {...getItemProps({ item, index })}
              className={optionClass(
                highlightedIndex === index,
                `py-1 pr-3 ${item.region.code === value ? 'font-semibold' : ''}`,
              )}
              style={{ paddingLeft: `${0.75 + item.depth * 1}rem` }}
            >
              {item.region.name[lang]}
              <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                {item.region.code}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}

/**
 * The same box while the region list loads, so the filter bar does not change size (and move
 * the page) when the combobox arrives.
 */
export function RegionComboboxPlaceholder({ lang }: { lang: Lang }) {
  const t = tFor(lang);
  return (
    <div className="relative flex min-w-0 flex-col gap-1" aria-busy="true">
      <span className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {t('filters.region')}
      </span>
      <div className="flex">
        <input
          disabled
          aria-label={t('filters.region')}
          placeholder={t('loading')}
          className="w-full min-w-0 rounded-l-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 sm:w-64"
        />
        <span
          aria-hidden="true"
          className="rounded-r-md border border-l-0 border-slate-300 px-2 py-1.5 text-sm dark:border-slate-600"
        >
          ▾
        </span>
      </div>
    </div>
  );
}
