import type { PinyinMatcher } from './regions';

/**
 * pinyin-pro carries a dictionary of every Chinese character (about 100 kB gzip), so it loads
 * on demand, when someone starts searching, rather than with the page.
 */
export const loadPinyinMatcher = (): Promise<PinyinMatcher> =>
  import('pinyin-pro').then(
    ({ match }): PinyinMatcher =>
      (text, query) =>
        // Consecutive characters only: "hhht" is 呼和浩特, not four characters anywhere.
        match(text, query, { continuous: true, space: 'ignore' }) !== null,
  );
