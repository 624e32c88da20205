import { useState } from 'react';

/** The look of the small buttons beside a text: Copy, Cite, Close. */
export const COPY_BUTTON =
  'rounded-md border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a text to the clipboard and remembers how that went. */
export const useCopy = (text: string) => {
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return { state, copy };
};
