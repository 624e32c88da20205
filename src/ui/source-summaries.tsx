import { useMemo } from 'react';
import { useAllSummaries, useRegions } from '../data/page/use-data';
import { PanelBody } from './panel-body';
import type { SourceProps } from './panel-frame';
import { gateQueries } from './source-gate';
import type { SummariesPanelSpec } from './panel-spec';

/** The map counts figures: it has no rows of its own to list, and is never empty. */
const NO_ROWS = { rows: [], observations: [], meta: null, empty: null } as const;

/** A panel over every dataset's summary (the overview map): no observations of its own. */
export function SummariesSource({ spec, view, narrow, render }: SourceProps<SummariesPanelSpec>) {
  const { lang, filters } = view;
  const regions = useRegions();
  const { summaries } = useAllSummaries();
  const index = regions.data;
  const model = useMemo(
    () =>
      index
        ? spec.build(
            { summaries, regions: index, selectedRegion: filters.region },
            { lang, narrow, regionName: (code) => index.name(code, lang) },
          )
        : null,
    [spec, summaries, index, filters.region, lang, narrow],
  );
  const gated = gateQueries([regions]);
  if (gated.state || !model) return render(gated.state ?? { status: 'loading' });
  return render({
    status: 'ready',
    body: (
      <PanelBody
        panelId={spec.id}
        title={spec.title[lang]}
        view={view}
        model={model}
        {...NO_ROWS}
      />
    ),
  });
}
