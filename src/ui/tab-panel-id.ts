/** The id of a panel's tab panel, shared by its tab list (aria-controls) and the panel. */
export const tabPanelId = (panelId: string) => `panel-${panelId}-tabpanel`;
