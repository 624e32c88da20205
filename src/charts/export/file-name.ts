import { coveredYearsText } from '../filter-text';

/**
 * `firearm-seizures_150000_2020.csv`: panel, region code and the years the exported figures
 * cover, written as the chips write years (with an ASCII hyphen), so files from different
 * views never overwrite each other.
 */
export const exportFileName = (
  panelId: string,
  region: string,
  years: readonly number[],
  ext: string,
): string => {
  const span = years.length === 0 ? 'all' : coveredYearsText(years, 'en').replace('–', '-');
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '-');
  return `${safe(panelId)}_${safe(region)}_${span}.${ext}`;
};
