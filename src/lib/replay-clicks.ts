/**
 * Clicks on a baked page's controls before the app has taken over: the markup is there, but
 * nothing handles a click yet. Each is held (the reader's click does nothing by itself) and
 * clicked again, in order, once the app is live, so a tab tapped while the app loads opens.
 * Links are left alone: they work without scripts.
 */
const CONTROLS =
  'button, [role="tab"], [role="button"], input[type="checkbox"], input[type="radio"], summary';

const held: HTMLElement[] = [];
let holding = false;

const hold = (event: Event) => {
  if (!holding || !(event.target instanceof Element)) return;
  const control = event.target.closest<HTMLElement>(CONTROLS);
  if (!control) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  held.push(control);
};

const SELECTS_ON_FOCUS = 'input[data-select-on-focus]';

// An input marked so (the region box) selects its text when focused, so that typing replaces
// it; the app does the same once live. A click would drop the selection for a caret, so the
// input is focused here instead of by the click.
const focusToSelect = (event: Event) => {
  if (!holding || !(event.target instanceof Element)) return;
  const input = event.target.closest<HTMLInputElement>(SELECTS_ON_FOCUS);
  if (!input || document.activeElement === input) return;
  event.preventDefault();
  input.focus();
};
const selectOnFocus = (event: Event) => {
  if (holding && event.target instanceof HTMLInputElement && event.target.matches(SELECTS_ON_FOCUS))
    event.target.select();
};

/**
 * Starts holding clicks inside `root` (the listener goes first, before the app's own), and
 * gives its inputs their focus behaviour until the app is live.
 */
export const holdClicks = (root: HTMLElement) => {
  holding = true;
  root.addEventListener('click', hold, { capture: true });
  root.addEventListener('mousedown', focusToSelect, { capture: true });
  root.addEventListener('focusin', selectOnFocus, { capture: true });
};

/** Stops holding, and clicks again whatever was clicked meanwhile (still on the page). */
export const replayClicks = () => {
  holding = false;
  for (const control of held.splice(0)) if (control.isConnected) control.click();
};
