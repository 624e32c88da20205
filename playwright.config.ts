import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium.ts';

const isCI = Boolean(process.env.CI);
/**
 * By default the tests run against `npm run preview` (dist/ on 127.0.0.1:4173). E2E_DIST and
 * E2E_PORT serve another build instead, e.g. a copy of dist/ that a concurrent `vite build`
 * cannot replace halfway through a run:
 *   cp -r dist /tmp/e2e-dist && E2E_DIST=/tmp/e2e-dist E2E_PORT=4183 npx playwright test
 */
const DIST = process.env.E2E_DIST;
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: Math.max(1, Math.min(2, availableParallelism())),
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The production build registers a service worker (src/app/offline.ts). Requests it answers
    // bypass page.route/context.route, and its cache would carry state between tests, so it is
    // blocked everywhere except in offline.spec.ts, which opts in with
    // test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [...CHROMIUM_ARGS, '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command:
      DIST === undefined && PORT === 4173
        ? 'npm run preview'
        : `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort${DIST ? ` --outDir ${DIST}` : ''}`,
    url: BASE_URL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
