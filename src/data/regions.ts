import type { Lang, Region, RegionsFile } from './schema';

/** Look-ups over the region hierarchy, built once per regions.json. */
export interface RegionIndex {
  readonly all: readonly Region[];
  get(code: string): Region | undefined;
  children(code: string): readonly Region[];
  /** The region itself and everything below it: selecting a league includes its counties. */
  selfAndDescendants(code: string): ReadonlySet<string>;
  /** From the root down to the region, e.g. 内蒙古自治区 > 呼和浩特市 > 武川县. */
  path(code: string): readonly Region[];
  name(code: string, lang: Lang): string;
}

export const buildRegionIndex = (file: RegionsFile): RegionIndex => {
  const byCode = new Map(file.regions.map((r) => [r.code, r]));
  const childrenOf = new Map<string, Region[]>();
  for (const region of file.regions) {
    if (region.parent === null) continue;
    childrenOf.set(region.parent, [...(childrenOf.get(region.parent) ?? []), region]);
  }
  const selfAndDescendants = (code: string): Set<string> => {
    const codes = new Set<string>();
    const walk = (c: string) => {
      if (codes.has(c)) return;
      codes.add(c);
      (childrenOf.get(c) ?? []).forEach((child) => walk(child.code));
    };
    if (byCode.has(code)) walk(code);
    return codes;
  };
  const path = (code: string): Region[] => {
    const out: Region[] = [];
    for (
      let r = byCode.get(code);
      r && !out.includes(r);
      r = r.parent ? byCode.get(r.parent) : undefined
    ) {
      out.unshift(r);
    }
    return out;
  };
  return {
    all: file.regions,
    get: (code) => byCode.get(code),
    children: (code) => childrenOf.get(code) ?? [],
    selfAndDescendants,
    path,
    // An unknown code is shown as itself rather than hidden: the figure stays traceable.
    name: (code, lang) => byCode.get(code)?.name[lang] ?? code,
  };
};

export interface RegionOption {
  region: Region;
  depth: number;
}

/** The hierarchy in reading order (province, then each league followed by its counties). */
export const flattenHierarchy = (index: RegionIndex): RegionOption[] => {
  const out: RegionOption[] = [];
  const walk = (region: Region, depth: number) => {
    out.push({ region, depth });
    index.children(region.code).forEach((child) => walk(child, depth + 1));
  };
  index.all.filter((r) => r.parent === null).forEach((root) => walk(root, 0));
  return out;
};

/** Whether a Chinese text matches a Latin query read as pinyin (full or initials). */
export type PinyinMatcher = (text: string, query: string) => boolean;

/**
 * Matches Chinese or English names, aliases (莫旗, 土左旗) and codes; an empty query keeps all.
 * With a pinyin matcher, a Latin query also matches the Chinese name read as pinyin: "wuchuan"
 * and "wc" find 武川县, "hhht" finds 呼和浩特市.
 */
export const searchRegions = (
  options: readonly RegionOption[],
  query: string,
  matchPinyin?: PinyinMatcher,
): RegionOption[] => {
  const q = query.trim().toLowerCase();
  if (!q) return [...options];
  const latin = /^[a-z][a-z\s']*$/u.test(q);
  return options.filter(
    ({ region }) =>
      [region.code, region.name.zh, region.name.en, ...(region.aliases ?? [])].some((s) =>
        s.toLowerCase().includes(q),
      ) ||
      (latin &&
        matchPinyin !== undefined &&
        [region.name.zh, ...(region.aliases ?? [])].some((s) => matchPinyin(s, q))),
  );
};
