/** The selected mark of a map or matrix: a white edge plus a dark glow, visible on every fill. */
export const SELECTED_STYLE = {
  borderColor: '#ffffff',
  borderWidth: 2.5,
  shadowColor: 'rgba(0,0,0,0.8)',
  shadowBlur: 8,
} as const;

/** The other marks fade while one is selected, so the selection reads without its colour. */
export const DIMMED_OPACITY = 0.5;

/** The item style of one mark: selected, faded beside a selection, or as it is. */
export const selectionStyle = (selected: boolean, anySelected: boolean) => ({
  ...(selected && SELECTED_STYLE),
  ...(anySelected && !selected && { opacity: DIMMED_OPACITY }),
});
