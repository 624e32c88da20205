/** The listbox under a combobox: a floating panel, hidden (not unmounted) while closed. */
export const listboxClass = (open: boolean, placement: string) =>
  `absolute top-full mt-1 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900 ${placement} ${open ? '' : 'hidden'}`;

/** An option of that listbox; the one the arrow keys point at is highlighted. */
export const optionClass = (highlighted: boolean, extra: string) =>
  `cursor-pointer ${extra} ${highlighted ? 'bg-blue-100 dark:bg-blue-900' : ''}`;
