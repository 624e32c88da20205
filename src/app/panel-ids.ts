/** Every panel's id: its `data-panel` attribute and its `tab.<id>` URL parameter. */
export const PANEL_IDS = [
  'overview-map',
  'health-outcomes',
  'health-resources',
  'health-reform',
  'hohhot-medical-groups',
  'hohhot-five-centres',
  'hohhot-family-doctors',
  'hohhot-emergency',
  'firearm-seizures',
  'morin-dawa-poverty',
  'housing-fund',
] as const;

export type PanelId = (typeof PANEL_IDS)[number];
