import { explorerPanelId } from '../features/dataset-explorer/dataset-explorer-panel';
import type { DatasetPanelSpec, PanelSpec } from '../ui/panel-spec';
import { PANELS } from './registry';

/** Which indicators of which dataset a panel shows. */
export interface PanelIndicators {
  panelId: string;
  datasetId: string;
  indicators: readonly string[];
}

/** Every dataset panel of the registry with the indicators it shows. */
export const PANEL_INDICATORS: readonly PanelIndicators[] = PANELS.filter(
  (p: PanelSpec): p is DatasetPanelSpec => p.source === 'dataset',
).map((p) => ({ panelId: p.id, datasetId: p.datasetId, indicators: p.indicators }));

/**
 * The panel that shows a figure: the first panel made for its dataset that lists its
 * indicator; any other dataset's figures are in its generic explorer panel.
 */
export const panelForFigure = (
  panels: readonly PanelIndicators[],
  datasetId: string,
  indicator: string,
): string =>
  panels.find((p) => p.datasetId === datasetId && p.indicators.includes(indicator))?.panelId ??
  explorerPanelId(datasetId);
