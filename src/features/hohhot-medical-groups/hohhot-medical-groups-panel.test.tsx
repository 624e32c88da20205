import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { echarts } from '../../charts/echarts-setup';
import { installFakeCanvas } from '../../charts/test-canvas';
import type { Filters } from '../../charts/filter-text';
import type { PanelView } from '../../ui/view-props';
import { PanelFrame } from '../../ui/panel-frame';
import { hohhotMedicalGroupsPanel } from './hohhot-medical-groups-panel';
import { MAP_SERIES_ID } from './build-medical-groups-option';
import { readJson } from '../../../tests/unit/load-fixtures';

// jsdom lacks ResizeObserver; size-sensor picks its strategy at import time (see chart.test.tsx).
vi.hoisted(() => {
  globalThis.ResizeObserver = class {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  };
});

const files: Record<string, unknown> = {
  'manifest.json': readJson('public/data/manifest.json'),
  'regions.json': readJson('public/data/regions.json'),
  'datasets/hohhot-medical-groups.json': readJson(
    'public/data/datasets/hohhot-medical-groups.json',
  ),
  'geo/150100.json': readJson('public/data/geo/150100.json'),
};

const serve = (missing: readonly string[] = []) =>
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^.*\/data\//, '');
    return Promise.resolve(
      missing.includes(path)
        ? new Response('', { status: 404, statusText: 'Not Found' })
        : new Response(JSON.stringify(files[path])),
    );
  });

const renderPanel = (region = '150000') => {
  const onFiltersChange = vi.fn<(patch: Partial<Filters>) => void>();
  const view: PanelView = {
    lang: 'en',
    theme: 'light',
    filters: { region, from: null, to: null },
    tab: 'chart',
    onTabChange: () => undefined,
    onFiltersChange,
  };
  const utils = render(
    <QueryClientProvider client={new QueryClient()}>
      <PanelFrame spec={hohhotMedicalGroupsPanel} view={view} />
    </QueryClientProvider>,
  );
  return { ...utils, onFiltersChange };
};

beforeAll(() => installFakeCanvas({ width: 400, height: 380 }));

afterEach(() => {
  vi.mocked(globalThis.fetch).mockRestore();
});

afterAll(() => vi.restoreAllMocks());

describe('HohhotMedicalGroupsPanel', () => {
  it('filters by a click on the map, and back to the city on a second click', async () => {
    serve();
    const { container, onFiltersChange } = renderPanel('150125');
    // Generous timeout: the whole suite shares two cores, and the map decodes its geometry.
    const chart = await waitFor(
      () => {
        const el = container.querySelector<HTMLElement>('[data-chart-ready="true"]');
        if (!el) throw new Error('map not ready');
        return el;
      },
      { timeout: 10_000 },
    );
    const instance = echarts.getInstanceByDom(chart.firstElementChild as HTMLElement);
    if (!instance) throw new Error('no ECharts instance');
    // Hohhot First Hospital's district (Yuquan) and Wuchuan, at their label anchors.
    const click = (lng: number, lat: number) => {
      const [x, y] = instance.convertToPixel({ seriesId: MAP_SERIES_ID }, [lng, lat]);
      // zrender counts a click only after a mousedown on the same element.
      for (const type of ['mousedown', 'mouseup', 'click'] as const)
        instance.getZr().handler.dispatch(type, { zrX: x, zrY: y });
    };
    click(111.673881, 40.753655);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ region: '150104' });
    click(111.451303, 41.096471);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ region: '150100' });
    // The test's own limit must outlast the wait for the map above, or that wait never ends.
  }, 20_000);

  it('lists each group with its regions as filter buttons', async () => {
    serve();
    const { onFiltersChange } = renderPanel();
    const button = await screen.findByRole(
      'button',
      // The button also says how Huimin is tied to the group: "(Cooperation)".
      { name: /^Huimin District/u },
      { timeout: 10_000 },
    );
    expect(button).toHaveAttribute('aria-pressed', 'false');
    const group = button.closest('li');
    if (!group) throw new Error('no legend entry');
    expect(
      within(group).getByText('Affiliated Hospital of Inner Mongolia Medical University'),
    ).toBeInTheDocument();
    await userEvent.click(button);
    expect(onFiltersChange).toHaveBeenCalledWith({ region: '150103' });
    expect(screen.getByText('County medical community (inferred)')).toBeInTheDocument();
  }, 20_000);

  it('shows the map file error with a retry, and the key figures regardless', async () => {
    serve(['geo/150100.json']);
    renderPanel();
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('geo/150100.json');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText('3 hospitals')).toBeInTheDocument();
  });
});
