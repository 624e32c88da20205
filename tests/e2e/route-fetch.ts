import type { APIResponse, Route } from '@playwright/test';

/**
 * `route.fetch()`, sent again once when the server closed the kept-alive connection it reused:
 * a browser retries such a request by itself, Playwright's fetch (in Node) reports ECONNRESET.
 */
export async function fetchRoute(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/u.test(String(error))) throw error;
    return route.fetch();
  }
}
