import { section } from '../../charts/panel-model';
import type { ManifestEntry } from '../../data/schema';
import type { IndexPanelSpec } from '../../ui/panel-spec';
import { buildExplorerOption } from './build-explorer-option';

const HEIGHT = 320;

/**
 * A generic panel for a dataset of the manifest that no panel was made for, at any size:
 * one indicator at a time, one line per region of the selection. Its id is derived from the
 * dataset's, `explore-<dataset id>`.
 */
export const explorerPanel = (entry: ManifestEntry): IndexPanelSpec => ({
  id: `explore-${entry.id}`,
  source: 'index',
  entry,
  title: entry.title,
  topic: entry.topic,
  layout: { height: HEIGHT },
  build: ({ observations, indicator, from, to }, context) => ({
    sections: [
      section('explorer', {
        charts: [
          {
            ...buildExplorerOption(observations, indicator, { from, to }, context),
            height: HEIGHT,
          },
        ],
      }),
    ],
    notes: [],
  }),
});
