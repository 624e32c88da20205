import type { Source } from '../../data/schema';
import type { ExportRecord } from './records';

export interface JsonExportInput {
  panel: string;
  title: string;
  filters: { region: string; regionName: string; from: number | null; to: number | null };
  sources: readonly Source[];
  records: readonly ExportRecord[];
}

/** The filtered observations with what they mean: the panel, the filters and the sources. */
export const toJson = ({ panel, title, filters, sources, records }: JsonExportInput): string =>
  `${JSON.stringify(
    {
      panel,
      title,
      filters,
      sources: sources.map((s) => ({
        id: s.id,
        publication: s.publication,
        date: s.date,
        headline: s.headline,
      })),
      observations: records,
    },
    null,
    2,
  )}\n`;
