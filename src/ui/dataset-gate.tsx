import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataLoadError } from '../data/data-error';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang } from '../data/schema';
import { useDataset, useManifest, useRegions } from '../data/page/use-data';
import { messages } from '../i18n/messages';
import { LoadError } from './load-error';
import { Skeleton } from './skeleton';

interface DatasetGateProps {
  datasetId: string;
  lang: Lang;
  /** Height reserved while loading, the same as the content's, so nothing shifts. */
  height: number;
  children: (dataset: Dataset, regions: RegionIndex) => ReactNode;
  /** Wraps the skeleton and the error, so they sit inside the panel (its title, data-panel). */
  frame?: (content: ReactNode) => ReactNode;
}

const unframed = (content: ReactNode) => content;

/**
 * Loads one dataset (and the shared region list) and renders its panel content, a skeleton,
 * or the error naming the file with a Retry. A failure here never reaches other panels.
 */
export function DatasetGate({
  datasetId,
  lang,
  height,
  children,
  frame = unframed,
}: DatasetGateProps) {
  const manifest = useManifest();
  const entry = manifest.data?.datasets.find((d) => d.id === datasetId);
  if (manifest.isError)
    return frame(
      <LoadError error={manifest.error} lang={lang} onRetry={() => void manifest.refetch()} />,
    );
  if (!manifest.data) return frame(<Skeleton height={height} label={messages[lang].loading} />);
  if (!entry) {
    const error = new DataLoadError('manifest.json', 'schema', [
      { path: '$.datasets', message: `has no dataset "${datasetId}"` },
    ]);
    return frame(<LoadError error={error} lang={lang} onRetry={() => void manifest.refetch()} />);
  }
  return (
    <LoadedDataset entry={entry} lang={lang} height={height} frame={frame}>
      {children}
    </LoadedDataset>
  );
}

function LoadedDataset({
  entry,
  lang,
  height,
  children,
  frame = unframed,
}: Omit<DatasetGateProps, 'datasetId'> & { entry: Parameters<typeof useDataset>[0] }) {
  const dataset = useDataset(entry);
  const regions = useRegions();
  const queryClient = useQueryClient();
  const failed = dataset.isError ? dataset : regions.isError ? regions : undefined;
  if (failed) {
    // The overview map and the year range read this dataset's summary, which failed with it:
    // Retry refreshes that too, or the map would keep counting without it until a reload.
    const retry = () => {
      void failed.refetch();
      void queryClient.invalidateQueries({ queryKey: ['summary', entry.id] });
    };
    return frame(<LoadError error={failed.error} lang={lang} onRetry={retry} />);
  }
  if (!dataset.data || !regions.data)
    return frame(<Skeleton height={height} label={messages[lang].loading} />);
  return children(dataset.data, regions.data);
}
