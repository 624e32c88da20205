import type { Lang, Source } from './schema';

/**
 * Citations of a source article and of a dashboard view, built only from what the source
 * records: a missing author, day or page is left out, never guessed.
 */

// Role words of a byline: "本报记者 张文强", "Reporter Zhang Wenqiang", "Staff reporters …".
const ZH_ROLE = /^(?:本报|特约|见习)*(?:记者|通讯员|实习生)\s*/;
const EN_ROLE = /^(?:(?:staff|our)\s+)?(?:reporters?|correspondents?|by)\s+/i;

/** The names of a byline: "本报记者 张文强、陈春艳" -> [张文强, 陈春艳]. */
export const bylineNames = (byline: string | undefined, lang: Lang): string[] => {
  if (!byline) return [];
  const parts =
    lang === 'zh' ? byline.split(/[、，,；;]+|\s{2,}/) : byline.split(/\s*(?:,|;|\band\b|&)\s*/i);
  return parts
    .flatMap((part) => {
      let name = part.trim();
      for (let prev = ''; prev !== name;) {
        prev = name;
        name = name.replace(lang === 'zh' ? ZH_ROLE : EN_ROLE, '').trim();
      }
      // "记者 张文强 陈春艳": names separated by single spaces in Chinese.
      return lang === 'zh' ? name.split(/\s+/) : [name];
    })
    .filter((name) => name !== '');
};

// A subtitle printed as "——全市贯彻…" takes the colon instead of its own dash.
const subtitle = (text: string) => text.replace(/^[\s—–\-:：]+/, '');

const titleOf = (source: Source, lang: Lang) =>
  source.subheadline
    ? `${source.headline[lang]}${lang === 'zh' ? '：' : ': '}${subtitle(source.subheadline[lang])}`
    : source.headline[lang];

const dateParts = (date: string): number[] => date.split('-').map(Number);

/** The page as a reference wants it: "第5版" -> "5", "A5" stays. */
const pageNumber = (page: string) => page.replace(/^第\s*|\s*版$/g, '');

/** "(5)"; nothing when the page is unknown. */
const gbPage = (page: string | undefined) => (page ? `(${pageNumber(page)})` : '');

/**
 * GB/T 7714-2015, newspaper article: `作者. 题名[N]. 报纸名, 日期(版次).` Up to three authors,
 * then "等"; the date as precise as known (2021-01-05, 2021-01 or 2021).
 */
export const gbtCitation = (source: Source): string => {
  const names = bylineNames(source.author?.zh, 'zh');
  const authors =
    names.length > 3
      ? `${names.slice(0, 3).join(', ')}, 等. `
      : names.length > 0
        ? `${names.join(', ')}. `
        : '';
  return `${authors}${titleOf(source, 'zh')}[N]. ${source.publication.zh}, ${source.date}${gbPage(source.page)}.`;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Zhang Wenqiang" (pinyin, family name first) -> "Zhang, W."; "Wen-qiang" -> "W.-Q.". */
const apaName = (name: string): string => {
  const [family, ...given] = name.split(/\s+/);
  if (given.length === 0) return family ?? name;
  const initials = given
    .map((g) =>
      g
        .split('-')
        .map((p) => `${p.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return `${family}, ${initials}`;
};

const apaAuthors = (names: string[]): string => {
  const list = names.map(apaName);
  if (list.length <= 1) return list.join('');
  if (list.length <= 20) return `${list.slice(0, -1).join(', ')}, & ${list.at(-1)}`;
  return `${list.slice(0, 19).join(', ')}, … ${list.at(-1)}`;
};

const apaDate = (date: string): string => {
  const [year, month, day] = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${year}, ${MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`}`;
};

/**
 * APA 7, print newspaper article: `Author, A. (Year, Month Day). Title [Translation].
 * Newspaper, page.` The Chinese headline keeps its original wording with the English in
 * brackets; without an author the title moves to the author position (APA 9.12).
 */
export const apaCitation = (source: Source): string => {
  const names = bylineNames(source.author?.en, 'en');
  const title = `${titleOf(source, 'zh')} [${titleOf(source, 'en')}]`;
  const page = source.page ? `, ${pageNumber(source.page)}` : '';
  const tail = `${source.publication.en}${page}.`;
  if (names.length === 0) return `${title}. (${apaDate(source.date)}). ${tail}`;
  const authors = apaAuthors(names);
  return `${authors}${authors.endsWith('.') ? '' : '.'} (${apaDate(source.date)}). ${title}. ${tail}`;
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export interface ViewCitation {
  /** The dashboard's name: 内蒙古数据浏览器 / Inner Mongolia Data Explorer. */
  site: string;
  /** What the view shows: a panel title, or a figure's indicator, region and year. */
  title: string;
  /** The exact URL of the view or figure. */
  url: string;
  accessed: Date;
}

/**
 * The line citing this dashboard view: GB/T 7714 electronic resource in Chinese
 * (`题名[EB/OL]. [引用日期]. URL.`), APA 7 with a retrieval date in English (the view's
 * content can change).
 */
export const viewCitation = (view: ViewCitation, lang: Lang): string => {
  if (lang === 'zh')
    return `${view.site}. ${view.title}[EB/OL]. [${isoDay(view.accessed)}]. ${view.url}.`;
  const d = view.accessed;
  const accessed = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  return `${view.site}. (n.d.). ${view.title} [Data set view]. Retrieved ${accessed}, from ${view.url}`;
};

interface CslDate {
  'date-parts': number[][];
}
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: CslDate;
  accessed?: CslDate;
  page?: string;
  URL?: string;
  language?: string;
  note?: string;
}

/**
 * CSL-JSON for reference managers (Zotero, Mendeley, EndNote): the article, and the view
 * when given. Chinese names go in `literal`: splitting 欧阳 from a given name is guesswork.
 */
export const cslItems = (source: Source, view?: ViewCitation): CslItem[] => {
  const names = bylineNames(source.author?.zh, 'zh');
  const article: CslItem = {
    id: source.id,
    type: 'article-newspaper',
    title: titleOf(source, 'zh'),
    'container-title': source.publication.zh,
    issued: { 'date-parts': [dateParts(source.date)] },
    language: 'zh-CN',
    note: `${titleOf(source, 'en')} (${source.publication.en})`,
    ...(names.length > 0 && { author: names.map((literal) => ({ literal })) }),
    ...(source.page !== undefined && { page: pageNumber(source.page) }),
  };
  if (!view) return [article];
  const d = view.accessed;
  return [
    article,
    {
      id: `${source.id}-view`,
      type: 'webpage',
      title: view.title,
      'container-title': view.site,
      URL: view.url,
      accessed: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
    },
  ];
};
