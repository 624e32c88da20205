import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module per test: the quiet window is measured once per page.
const load = () => import('./after-load');

describe('whenIdleAfterLoad', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('waits until the page has been quiet for QUIET_MS after load', async () => {
    const { QUIET_MS, whenIdleAfterLoad } = await load();
    const task = vi.fn();
    whenIdleAfterLoad(task);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('starts the quiet window again when the reader touches the page', async () => {
    const { QUIET_MS, whenIdleAfterLoad } = await load();
    const task = vi.fn();
    whenIdleAfterLoad(task);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1_000);
    window.dispatchEvent(new Event('touchstart'));
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1_000);
    expect(task).not.toHaveBeenCalled();
    // Quiet since the touch: QUIET_MS after it.
    await vi.advanceTimersByTimeAsync(1_000 + 100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits no longer than MAX_WAIT_MS, however busy the reader or the page', async () => {
    const { MAX_WAIT_MS, QUIET_MS, whenIdleAfterLoad } = await load();
    const task = vi.fn();
    whenIdleAfterLoad(task);
    for (let t = 0; t < MAX_WAIT_MS - QUIET_MS / 2; t += QUIET_MS / 2) {
      window.dispatchEvent(new Event('scroll'));
      await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
    }
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(QUIET_MS / 2 + 2_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs queued tasks one per idle period, in order, and skips cancelled ones', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { QUIET_MS, whenIdleAfterLoad } = await load();
    const ran: string[] = [];
    whenIdleAfterLoad(() => ran.push('a'));
    const cancel = whenIdleAfterLoad(() => ran.push('b'));
    whenIdleAfterLoad(() => ran.push('c'));
    cancel();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(ran).toEqual(['a']);
    idle.shift()!();
    idle.shift()!();
    expect(ran).toEqual(['a', 'c']);
    vi.unstubAllGlobals();
  });
});
