import { describe, expect, it } from 'vitest';
import { glossaryProblems } from './glossary-check';
import type { Dataset } from './schema';
import { bundledDatasets } from '../../tests/unit/load-fixtures';

describe('the English of the data follows docs/glossary.md', () => {
  for (const dataset of bundledDatasets()) {
    it(dataset.id, () => expect(glossaryProblems(dataset)).toEqual([]));
  }
  it('names the place and the wording to use', () => {
    const [firearms] = bundledDatasets().filter((d) => d.id === 'firearm-seizures-2020');
    if (!firearms) throw new Error('no firearms dataset');
    const bad: Dataset = {
      ...firearms,
      indicators: firearms.indicators.map((ind, i) =>
        i === 0 ? { ...ind, unit: { zh: '支', en: 'pieces' } } : ind,
      ),
    };
    expect(glossaryProblems(bad)).toEqual([
      {
        path: '$.indicators[0].unit',
        message:
          '"pieces": write the thing counted ("firearms", "detonators", "knives") (docs/glossary.md)',
      },
    ]);
  });
});
