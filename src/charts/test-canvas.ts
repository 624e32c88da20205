import { vi } from 'vitest';

// jsdom has no canvas. A context whose every method is a no-op (measureText aside) is
// enough for zrender to paint, so the real ECharts + echarts-for-react path runs.
function fakeContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const noop = () => undefined;
  const state: Record<string | symbol, unknown> = { canvas };
  return new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'getImageData' || key === 'createImageData')
        return () => ({ data: new Uint8ClampedArray(4) });
      if (key === 'getLineDash') return () => [];
      if (key === 'createLinearGradient' || key === 'createRadialGradient')
        return () => ({ addColorStop: noop });
      // Decal and hatch fills are patterns, which zrender transforms.
      if (key === 'createPattern') return () => ({ setTransform: noop });
      return noop;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** Lets real ECharts render in jsdom: a no-op canvas context and a non-zero element size. */
export const installFakeCanvas = (size = { width: 600, height: 240 }) => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    return fakeContext(this);
  });
  // ECharts needs a non-zero size to lay out; jsdom reports 0 for everything.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(size.width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(size.height);
};
