/**
 * Inside an iframe, tells the host page the document's height whenever it changes, so the
 * host's embed.js sizes the frame to the panel (never cut off, never scrolling inside).
 */
export const HEIGHT_MESSAGE = 'imde:height';

export const postHeightToParent = () => {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
};
