/** The `data-panel` id of a dataset's generic explorer panel, e.g. `explore-synthetic`. */
export const explorerPanelId = (datasetId: string) => `explore-${datasetId}`;
