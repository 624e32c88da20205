import type { ReactNode } from 'react';
import { DataLoadError } from '../data/data-error';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang } from '../data/schema';
import { useDataset, useManifest, useRegions } from '../data/use-data';
import { messages } from '../i18n/messages';
import { LoadError } from './load-error';
import { Skeleton } from './skeleton';

interface DatasetGateProps {
  datasetId: string;
  lang: Lang;
  /** Height reserved while loading, the same as the content's, so nothing shifts. */
  height: number;
  children: (dataset: Dataset, regions: RegionIndex) => ReactNode;
}

/**
 * Loads one dataset (and the shared region list) and renders its panel content, a skeleton,
 * or the error naming the file with a Retry. A failure here never reaches other panels.
 */
export function DatasetGate({ datasetId, lang, height, children }: DatasetGateProps) {
  const manifest = useManifest();
  const entry = manifest.data?.datasets.find((d) => d.id === datasetId);
  if (manifest.isError)
    return <LoadError error={manifest.error} lang={lang} onRetry={() => void manifest.refetch()} />;
  if (!manifest.data) return <Skeleton height={height} label={messages[lang].loading} />;
  if (!entry) {
    const error = new DataLoadError('manifest.json', 'schema', [
      { path: '$.datasets', message: `has no dataset "${datasetId}"` },
    ]);
    return <LoadError error={error} lang={lang} onRetry={() => void manifest.refetch()} />;
  }
  return (
    <LoadedDataset entry={entry} lang={lang} height={height}>
      {children}
    </LoadedDataset>
  );
}

function LoadedDataset({
  entry,
  lang,
  height,
  children,
}: Omit<DatasetGateProps, 'datasetId'> & { entry: Parameters<typeof useDataset>[0] }) {
  const dataset = useDataset(entry);
  const regions = useRegions();
  const failed = dataset.isError ? dataset : regions.isError ? regions : undefined;
  if (failed)
    return <LoadError error={failed.error} lang={lang} onRetry={() => void failed.refetch()} />;
  if (!dataset.data || !regions.data)
    return <Skeleton height={height} label={messages[lang].loading} />;
  return children(dataset.data, regions.data);
}
