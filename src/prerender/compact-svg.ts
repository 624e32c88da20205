import simplify from 'simplify-js';

/**
 * Map outlines drawn at full precision put a point every fraction of a pixel; a prerendered
 * map at 340–560 px needs about one per pixel. Polyline paths (M/L/Z only: region outlines)
 * are simplified (Douglas–Peucker within `tolerance` px); curves, text and every other
 * attribute are left exactly as ECharts wrote them.
 */
const POLYLINE = /^[MLZ\d.\s-]+$/;
const SUBPATH = /M[^M]*/g;
const NUMBER = /-?\d+(?:\.\d+)?/g;

const round = (n: number) => Math.round(n * 10) / 10;

const compactSubpath = (sub: string, tolerance: number): string => {
  const closed = /Z\s*$/.test(sub);
  const numbers = (sub.match(NUMBER) ?? []).map(Number);
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    points.push({ x: numbers[i] ?? 0, y: numbers[i + 1] ?? 0 });
  }
  const kept = simplify(points, tolerance, true);
  // A ring simplified below a triangle is smaller than the tolerance: nothing to see.
  if (closed && kept.length < 3) return '';
  const [first, ...rest] = kept;
  if (!first) return '';
  return `M${round(first.x)} ${round(first.y)}${rest.map((p) => `L${round(p.x)} ${round(p.y)}`).join('')}${closed ? 'Z' : ''}`;
};

export const compactPath = (d: string, tolerance: number): string =>
  POLYLINE.test(d) ? (d.match(SUBPATH) ?? []).map((s) => compactSubpath(s, tolerance)).join('') : d;

export const compactSvg = (svg: string, tolerance = 0.5): string =>
  svg.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d, tolerance)}"`);
