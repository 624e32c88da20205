import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';

const root = process.cwd();

export const readJson = (relative: string): unknown =>
  JSON.parse(readFileSync(join(root, relative), 'utf8')) as unknown;

/** The two source articles, copied from shared/seeds so tests never read outside the repo. */
export const articles = {
  'article-000': readFileSync(join(root, 'tests/fixtures/articles/article-000.txt'), 'utf8'),
  'article-003': readFileSync(join(root, 'tests/fixtures/articles/article-003.txt'), 'utf8'),
} as const;

export const bundledDatasets = (): Dataset[] =>
  readdirSync(join(root, 'public/data/datasets'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(`public/data/datasets/${f}`) as Dataset);
