// @vitest-environment node
// (jsdom's ArrayBuffer is not the one Node's SubtleCrypto accepts.)
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  BAKED_FILES_ID,
  bakedDataChanged,
  bakedFilesScript,
  pageDataChanged,
  parseBakedFiles,
} from './baked-data';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const serve =
  (files: Record<string, string>): typeof fetch =>
  (input) => {
    const body = files[(input as string).replace('/data/', '')];
    return Promise.resolve(new Response(body ?? 'missing', { status: body ? 200 : 404 }));
  };
const url = (file: string) => `/data/${file}`;

describe('bakedDataChanged', () => {
  it('is false while every file is the one the page was baked from', async () => {
    const baked = { 'a.json': sha('{"v":1}'), 'b.json': sha('[]') };
    const now = serve({ 'a.json': '{"v":1}', 'b.json': '[]' });
    expect(await bakedDataChanged(baked, url, now)).toBe(false);
  });
  it('is true when a file was replaced or is gone', async () => {
    const baked = { 'a.json': sha('{"v":1}') };
    expect(await bakedDataChanged(baked, url, serve({ 'a.json': '{"v":2}' }))).toBe(true);
    expect(await bakedDataChanged(baked, url, serve({}))).toBe(true);
  });
  it('keeps the baked figures offline, and starts the app when there is no record', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('offline'));
    expect(await bakedDataChanged({ 'a.json': sha('x') }, url, offline)).toBe(false);
    expect(await bakedDataChanged(null, url, offline)).toBe(true);
  });
});

describe('the baked files script', () => {
  it('is read back as written, and no data string can close it', () => {
    const files = { 'datasets/a.json': 'ab12', '</script><b>': 'x' };
    const script = bakedFilesScript(files);
    expect(script).toContain(`id="${BAKED_FILES_ID}"`);
    expect(script).not.toContain('</script><b>');
    const text = script.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(parseBakedFiles(text)).toEqual(files);
  });
  it('is null when missing or broken', () => {
    expect(parseBakedFiles(undefined)).toBeNull();
    expect(parseBakedFiles('{')).toBeNull();
    expect(parseBakedFiles('3')).toBeNull();
  });
});

describe('pageDataChanged', () => {
  it("is checked once per page: the app takes the entry's answer", async () => {
    vi.stubGlobal('document', { getElementById: () => null });
    const fetched = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetched);
    const first = pageDataChanged(url);
    expect(pageDataChanged(url)).toBe(first);
    // No record on this page: the app must start and see for itself.
    expect(await first).toBe(true);
    expect(fetched).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
