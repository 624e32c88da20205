/**
 * Text a reader typed into a baked page's inputs, or a choice made in its selects, before the
 * app took over: hydration resets a controlled input to its state, so the text is read first
 * and typed (or chosen) again afterwards, as events React handles like the reader's own.
 */
// The prototype's setter: React watches the element's own `value` setter, not this one.
const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

const selectedByDefault = (select: HTMLSelectElement) =>
  [...select.options].find((option) => option.defaultSelected)?.value ?? select.options[0]?.value;

export const captureTyped = (root: ParentNode): (() => void) => {
  const typed = [...root.querySelectorAll('input')]
    .filter((input) => input.value !== input.defaultValue)
    .map((input) => [input, input.value] as const);
  // A choice made in a baked <select> (From, To) is chosen again, as a change event.
  const chosen = [...root.querySelectorAll('select')]
    .filter((select) => select.value !== selectedByDefault(select))
    .map((select) => [select, select.value] as const);
  return () => {
    for (const [input, value] of typed) {
      if (!input.isConnected) continue;
      // Hydration may have kept the text without React knowing of it: clear it through the
      // element's own setter (React notes ''), then type it through the prototype's.
      input.value = '';
      valueProperty?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    for (const [select, value] of chosen) {
      if (!select.isConnected) continue;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
};
