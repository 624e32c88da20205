/**
 * Text a reader typed into a baked page's inputs before the app took over: hydration resets a
 * controlled input to its state, so the text is read first and typed again afterwards, as
 * input events React handles like the reader's own.
 */
// The prototype's setter: React watches the element's own `value`, and would miss a plain write.
const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

export const captureTyped = (root: ParentNode): (() => void) => {
  const typed = [...root.querySelectorAll('input')]
    .filter((input) => input.value !== input.defaultValue)
    .map((input) => [input, input.value] as const);
  return () => {
    for (const [input, value] of typed) {
      if (!input.isConnected || input.value === value) continue;
      valueProperty?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
};
