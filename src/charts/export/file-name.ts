/**
 * `firearm-seizures_150000_2020.csv`: panel, region code and the years the exported figures
 * cover (one year, or first-last), so files from different views never overwrite each other.
 */
export const exportFileName = (
  panelId: string,
  region: string,
  years: readonly number[],
  ext: string,
): string => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  const span =
    first === undefined || last === undefined
      ? 'all'
      : first === last
        ? String(first)
        : `${first}-${last}`;
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '-');
  return `${safe(panelId)}_${safe(region)}_${span}.${ext}`;
};
