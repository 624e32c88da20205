import { echarts } from './echarts-setup';
import { registerMapOnce } from './echarts-map';

function square(name: string, size: number) {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [size, 0],
              [size, size],
              [0, size],
              [0, 0],
            ],
          ],
        },
      },
    ],
  };
}

describe('registerMapOnce', () => {
  it('registers a map the first time and ignores later calls for the same code', () => {
    const first = square('呼和浩特市', 1);
    expect(echarts.getMap('test-once')).toBeFalsy();
    registerMapOnce('test-once', first);
    expect(echarts.getMap('test-once')).toMatchObject({ geoJSON: first });

    registerMapOnce('test-once', square('包头市', 2));
    expect(echarts.getMap('test-once')).toMatchObject({ geoJSON: first });
  });
});
