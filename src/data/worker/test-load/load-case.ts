import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { DataLoadError, fromErrorPayload, toErrorPayload } from '../../data-error';
import { dataUrl } from '../../fetch-data-file';
import type { DataErrorKind } from '../../data-error';
import { createDataService } from '../data-service';
import { loadDataFile } from '../load';
import { manifestSchema, regionsFileSchema } from '../../schema';
import type { Dataset, ManifestEntry } from '../../schema';
import { describeProblems, validateDataset } from '../validate';

/**
 * The harness of the loader's property test: the real datasets as mutable JSON, a fake server
 * that serves one reply per case, both load paths (loadDataFile and the worker's service), and
 * the contract every outcome must meet.
 */

export const SEED = 20261122;
const KINDS: readonly DataErrorKind[] = ['network', 'http', 'json', 'schema'];

export const read = (relative: string) => readFileSync(join(process.cwd(), relative), 'utf8');
export const manifest = manifestSchema.parse(JSON.parse(read('public/data/manifest.json')));
export const regionCodes: ReadonlySet<string> = new Set(
  regionsFileSchema.parse(JSON.parse(read('public/data/regions.json'))).regions.map((r) => r.code),
);

export interface Real {
  entry: ManifestEntry;
  /** The file exactly as stored. */
  text: string;
  /** Its JSON, as plain data to clone and mutate. */
  json: JsonObject;
}

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}
export type Observation = Record<string, Json>;

// fast-check prints a counterexample with this method instead of the whole file.
export const reals: Real[] = manifest.datasets.map((entry) => {
  const text = read(`public/data/${entry.file}`);
  return {
    entry,
    text,
    json: JSON.parse(text) as JsonObject,
    [fc.toStringMethod]: () => entry.file,
  };
});

export const clone = <T>(value: T): T => structuredClone(value);
export const observationsOf = (json: JsonObject) => json.observations as Observation[];
export const indicatorsOf = (json: JsonObject) => json.indicators as Record<string, Json>[];
export const kindOf = (json: JsonObject, indicatorId: Json) =>
  indicatorsOf(json).find((ind) => ind.id === indicatorId)?.kind;

// ---------------------------------------------------------------------------------------------
// What the fake server does, and what the loader must make of it.

type Reply =
  | { type: 'body'; status: number; body: string | Uint8Array<ArrayBuffer>; declaredBytes?: number }
  | { type: 'throw'; error: unknown; sync: boolean }
  /** Headers arrive, then the connection drops while the body is read. */
  | { type: 'broken-body'; head: string; error: unknown };

export type Expect =
  /** Anything is fine as long as it is valid data or a well-formed DataLoadError. */
  | { must: 'either' }
  | { must: 'resolve' }
  /** `at`: some problem's path is this one or lies under it. */
  | { must: 'reject'; kinds: readonly DataErrorKind[]; at?: readonly string[] };

export interface Case {
  /** How fast-check prints the case when it fails: not the whole file. */
  [fc.toStringMethod]?: () => string;
  operator: string;
  real: Real;
  reply: Reply;
  expect: Expect;
}

export const body = (text: string | Uint8Array<ArrayBuffer>, status = 200): Reply => ({
  type: 'body',
  status,
  body: text,
});
export const schemaAt = (...at: string[]): Expect => ({ must: 'reject', kinds: ['schema'], at });
export const obsPath = (i: number, field?: string) =>
  field === undefined ? `$.observations[${i}]` : `$.observations[${i}].${field}`;

const under = (path: string, at: string) =>
  path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`);

const regionsText = read('public/data/regions.json');

/**
 * A stand-in for fetch that serves one reply for the file (and the real regions.json, which
 * the data service loads alongside) and checks what it was asked for.
 */
const fakeFetch =
  (file: string, reply: Reply, signal: AbortSignal | undefined): typeof fetch =>
  (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === dataUrl('regions.json')) return Promise.resolve(new Response(regionsText));
    if (url !== dataUrl(file)) throw new Error(`asked for ${url}, expected ${dataUrl(file)}`);
    if (init?.signal !== signal) throw new Error('the abort signal was not passed on');
    switch (reply.type) {
      case 'throw':
        if (reply.sync) throw reply.error;
        // Rejects with whatever was thrown, Error or not, as a fetch polyfill might.
        return Promise.resolve().then(() => {
          throw reply.error;
        });
      case 'body': {
        const headers =
          reply.declaredBytes === undefined
            ? undefined
            : { 'content-length': String(reply.declaredBytes) };
        return Promise.resolve(new Response(reply.body, { status: reply.status, headers }));
      }
      case 'broken-body': {
        const bytes = new TextEncoder().encode(reply.head);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes);
            controller.error(reply.error);
          },
        });
        return Promise.resolve(new Response(stream, { status: 200 }));
      }
    }
  };

type Outcome = { ok: true; value: Dataset } | { ok: false; error: unknown };

const settle = (promise: Promise<Dataset>): Promise<Outcome> =>
  promise.then(
    (value): Outcome => ({ ok: true, value }),
    (error: unknown): Outcome => ({ ok: false, error }),
  );

/** loadDataFile itself, as the issue names it. */
export const load = (c: Case, signal?: AbortSignal): Promise<Outcome> => {
  const { file, id } = c.real.entry;
  const validate = (json: unknown) => validateDataset(json, regionCodes, id);
  return settle(loadDataFile(file, validate, fakeFetch(file, c.reply, signal), signal));
};

/** The path the app takes: the data worker's service, asked for the dataset of a manifest entry. */
export const loadThroughService = (c: Case): Promise<Outcome> => {
  const service = createDataService(fakeFetch(c.real.entry.file, c.reply, undefined));
  return settle(service.handle({ kind: 'dataset', entry: c.real.entry }) as Promise<Dataset>);
};

/** Both paths agree, and an error survives the trip from the worker to the page. */
export const checkSamePaths = (c: Case, direct: Outcome, service: Outcome) => {
  expect(service.ok, `${c.operator}: the data service and loadDataFile disagree`).toBe(direct.ok);
  if (direct.ok || service.ok) return;
  const [a, b] = [direct.error as DataLoadError, service.error as DataLoadError];
  expect([b.kind, b.file, b.problems]).toEqual([a.kind, a.file, a.problems]);
  const crossed = fromErrorPayload(structuredClone(toErrorPayload(b, c.real.entry.file)));
  expect(crossed).toBeInstanceOf(DataLoadError);
  expect([crossed.kind, crossed.file, crossed.problems, crossed.message]).toEqual([
    b.kind,
    b.file,
    b.problems,
    b.message,
  ]);
};

/** The contract every outcome must meet, whatever the input. */
export const checkContract = (c: Case, outcome: Outcome) => {
  const { file, id } = c.real.entry;
  if (outcome.ok) {
    // Whatever resolves is valid data that the same check would accept again.
    expect(validateDataset(outcome.value, regionCodes, id).ok).toBe(true);
    return;
  }
  const { error } = outcome;
  expect(error, `${c.operator}: ${String(error)}`).toBeInstanceOf(DataLoadError);
  const e = error as DataLoadError;
  expect(KINDS).toContain(e.kind);
  expect(e.file).toBe(file);
  expect(e.problems.length).toBeGreaterThan(0);
  for (const p of e.problems) {
    expect(p.path.startsWith('$'), p.path).toBe(true);
    expect(typeof p.message).toBe('string');
    expect(p.message.trim()).not.toBe('');
  }
  const first = e.problems[0]!;
  expect(e.message.startsWith(`${file}: ${first.path}`)).toBe(true);
  // The summary the UI and `npm run validate:data` print names the file and the first problem.
  const summary = describeProblems(file, e.problems);
  expect(summary.split('\n')[0]).toBe(
    `${file}: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}`,
  );
  expect(summary).toContain(`\n  ${first.path}: ${first.message}`);
};

export const checkExpectation = (c: Case, outcome: Outcome) => {
  const { expect: wanted } = c;
  if (wanted.must === 'either') return;
  if (wanted.must === 'resolve') {
    expect(
      outcome.ok,
      `${c.operator} should load: ${outcome.ok ? '' : String(outcome.error)}`,
    ).toBe(true);
    return;
  }
  expect(outcome.ok, `${c.operator} must be rejected`).toBe(false);
  const e = (outcome as { error: DataLoadError }).error;
  expect(wanted.kinds, `${c.operator}: ${e.message}`).toContain(e.kind);
  if (wanted.at) {
    const paths = e.problems.map((p) => p.path);
    const hit = wanted.at.some((at) => paths.some((p) => under(p, at)));
    expect(
      hit,
      `${c.operator}: expected a problem at ${wanted.at.join(' or ')}, got ${paths.join(', ')}`,
    ).toBe(true);
  }
};

// ---------------------------------------------------------------------------------------------
// What every generator draws from, and how a failing case is printed.

/** One of the real datasets, as stored. */
export const realArb = fc.constantFrom(...reals);

/** A short description for counterexamples: the operator, the file and the start of the reply. */
export const shown = (c: Case): Case => {
  const { reply } = c;
  const what =
    reply.type === 'body'
      ? `HTTP ${reply.status}, ${reply.body.length} ${typeof reply.body === 'string' ? 'chars' : 'bytes'}: ${typeof reply.body === 'string' ? JSON.stringify(reply.body.slice(0, 120)) : '…'}`
      : reply.type === 'throw'
        ? `fetch throws ${String(reply.error)}`
        : `body breaks after ${reply.head.length} chars`;
  return { ...c, [fc.toStringMethod]: () => `${c.operator} on ${c.real.entry.file} (${what})` };
};
