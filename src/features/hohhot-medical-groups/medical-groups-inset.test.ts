import { describe, expect, it } from 'vitest';
import { readJson } from '../../../tests/unit/load-fixtures';
import {
  INSET_SIZE,
  URBAN_CORE,
  URBAN_CORE_BOUNDS,
  URBAN_LABEL_POINTS,
  labelOffset,
} from './medical-groups-inset';

interface Feature {
  properties: { code: string; cp: [number, number] };
}
const features = (readJson('public/data/geo/150100.json') as { features: Feature[] }).features;

/** Where a label's centre lands in the inset, in pixels from its top-left corner. */
const labelCentre = (code: string): [number, number] => {
  const [[west, north]] = URBAN_CORE_BOUNDS;
  const [dx, dy] = labelOffset(code);
  const cp = URBAN_LABEL_POINTS[code]?.cp ?? [0, 0];
  const perLng = INSET_SIZE / (URBAN_CORE_BOUNDS[1][0] - west);
  return [(cp[0] - west) * perLng + dx, (north - cp[1]) * (perLng / 0.75) + dy];
};

describe('the urban-core inset', () => {
  it("starts each label from the district's cp as the geometry file gives it", () => {
    for (const code of URBAN_CORE) {
      const cp = features.find((f) => f.properties.code === code)?.properties.cp;
      expect(URBAN_LABEL_POINTS[code]?.cp, code).toEqual(cp);
    }
  });

  it('puts the four names apart, each inside the inset (boxes of three 11 px characters)', () => {
    const boxes = URBAN_CORE.map((code) => {
      const [x, y] = labelCentre(code);
      return { code, x0: x - 17, x1: x + 17, y0: y - 7, y1: y + 7 };
    });
    for (const b of boxes) {
      expect([b.x0 >= 0, b.x1 <= INSET_SIZE, b.y0 >= 0, b.y1 <= INSET_SIZE], b.code).toEqual([
        true,
        true,
        true,
        true,
      ]);
    }
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.code} and ${b.code}`).toBe(false);
      }
  });
});
