import { getMap, init, registerMap, use as installECharts } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import regionsFile from '../../public/data/regions.json';
import geo150000 from '../../public/data/geo/150000.json';
import geo150100 from '../../public/data/geo/150100.json';
import geo150700 from '../../public/data/geo/150700.json';

// registerMap/getMap in echarts/core are no-ops until a geo-using chart is installed.
// (Aliased because eslint's rules-of-hooks mistakes a bare `use` for React's hook.)
installECharts([MapChart, SVGRenderer]);

interface GeoFeature {
  type: string;
  id: string;
  properties: { name: string; code: string; cp?: number[] };
  geometry: { type: string; coordinates: unknown; encodeOffsets: unknown };
}

interface GeoFile {
  type: string;
  UTF8Encoding: boolean;
  source: { package: string; file: string; license: string };
  features: GeoFeature[];
}

const files: [code: string, file: GeoFile, expectedCount: number | null][] = [
  ['150000', geo150000, 12],
  ['150100', geo150100, 9],
  // Hulunbuir's count is whatever regions.json lists; no fixed number was specified.
  ['150700', geo150700, null],
];

const regionCodes = new Set(regionsFile.regions.map((r) => r.code));

function childCodes(parent: string): string[] {
  return regionsFile.regions
    .filter((r) => r.parent === parent)
    .map((r) => r.code)
    .sort();
}

/** Flattens nested GeoJSON coordinate arrays into [lon, lat] pairs. */
function points(coords: unknown): [number, number][] {
  if (!Array.isArray(coords)) throw new Error(`not decoded: ${String(coords).slice(0, 20)}`);
  const items: unknown[] = coords;
  const [lon, lat] = items;
  if (items.length === 2 && typeof lon === 'number' && typeof lat === 'number') {
    return [[lon, lat]];
  }
  return items.flatMap(points);
}

/** getMap is typed `any`; pull out the geoJSON it hands back without trusting it. */
function mapGeoJson(name: string): GeoFile {
  const map: unknown = getMap(name);
  if (typeof map !== 'object' || map === null || !('geoJSON' in map)) {
    throw new Error(`getMap('${name}') returned nothing usable`);
  }
  return map.geoJSON as GeoFile;
}

describe.each(files)('public/data/geo/%s.json', (code, file, expectedCount) => {
  it('has exactly one feature per child region of its parent', () => {
    const featureCodes = file.features.map((f) => f.properties.code).sort();
    const children = childCodes(code);
    if (expectedCount !== null) expect(children).toHaveLength(expectedCount);
    expect(featureCodes).toEqual(children);
  });

  it('keys every feature by a known GB/T 2260 code', () => {
    for (const feature of file.features) {
      expect(feature.id).toBe(feature.properties.code);
      expect(regionCodes.has(feature.id), feature.id).toBe(true);
    }
  });

  it('keeps ECharts UTF8Encoding compression and records its source', () => {
    expect(file.type).toBe('FeatureCollection');
    expect(file.UTF8Encoding).toBe(true);
    expect(file.source.license).toBe('MIT');
    for (const feature of file.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      expect(feature.geometry.encodeOffsets).toBeDefined();
    }
  });

  it('is accepted by ECharts and decodes inside Inner Mongolia', () => {
    const mapName = `test-${code}`;
    // A string makes ECharts parse its own copy: it decodes geometry in place,
    // which would otherwise mutate the imported module shared by the tests above.
    registerMap(mapName, JSON.stringify(file));
    // Registration is lazy: the geometry is still compressed until a chart uses it.
    expect(mapGeoJson(mapName).UTF8Encoding).toBe(true);

    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 400 });
    chart.setOption({
      series: [
        {
          type: 'map',
          map: mapName,
          data: file.features.map((f) => ({ name: f.properties.name, value: 1 })),
        },
      ],
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(file.features.length);

    const decoded = mapGeoJson(mapName);
    expect(decoded.UTF8Encoding).toBe(false);
    expect(decoded.features.map((f) => f.id)).toEqual(file.features.map((f) => f.id));
    for (const feature of decoded.features) {
      const pts = points(feature.geometry.coordinates);
      expect(pts.length, feature.id).toBeGreaterThan(3);
      // Check the extremes, not every point, so a failure names the feature and edge.
      const lons = pts.map(([lon]) => lon);
      const lats = pts.map(([, lat]) => lat);
      expect(Math.min(...lons), `${feature.id} west`).toBeGreaterThanOrEqual(97);
      expect(Math.max(...lons), `${feature.id} east`).toBeLessThanOrEqual(127);
      expect(Math.min(...lats), `${feature.id} south`).toBeGreaterThanOrEqual(37);
      expect(Math.max(...lats), `${feature.id} north`).toBeLessThanOrEqual(54);
    }
  });
});
