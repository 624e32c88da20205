import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicator, observation, testDataset } from '../data/test-dataset';
import { buildRegionIndex } from '../data/regions';
import type { Lang } from '../data/schema';
import { observationRows } from '../charts/observation-row';
import { SourcesList } from './sources-list';

const SENTENCE = '2020年全区收缴枪支834支、子弹22.7万发';
const dataset = testDataset(
  [indicator('guns', '支', { kind: 'count' }), indicator('rounds', '发', { kind: 'count' })],
  [
    observation('guns', 2020, 834, {
      quote: SENTENCE,
      quoteEn: 'In 2020 the region seized 834 guns and 227,000 rounds',
    }),
    observation('rounds', 2020, 227000, { quote: SENTENCE }),
  ],
);
const regions = buildRegionIndex({
  regions: [{ code: '150000', name: { zh: '内蒙古', en: 'IM' }, parent: null, level: 'province' }],
});
const show = (lang: Lang) =>
  render(
    <SourcesList
      meta={dataset}
      observations={dataset.observations}
      rows={observationRows(dataset, dataset.observations, (c) => regions.name(c, lang), lang)}
      lang={lang}
    />,
  );

describe('SourcesList', () => {
  it('shows a sentence once, its numbers marked, the figures it states under it', () => {
    const { container } = show('zh');
    const quotes = container.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.textContent).toBe(`“${SENTENCE}”`);
    expect([...container.querySelectorAll('blockquote mark')].map((m) => m.textContent)).toEqual([
      '834',
      '22.7万',
    ]);
    const figures = within(screen.getByRole('list', { name: '这句话给出的数据' }));
    expect(figures.getAllByRole('listitem')).toHaveLength(2);
    // Chinese readers read the source itself: no translation.
    expect(screen.queryByText(/English translation/u)).toBeNull();
  });

  it('in English, adds the translation under the original, labelled as a translation', () => {
    const { container } = show('en');
    expect(container.querySelector('blockquote')?.textContent).toBe(`“${SENTENCE}”`);
    const label = screen.getByText('English translation (not the source text)');
    expect(label.closest('figure')).toHaveTextContent(
      'In 2020 the region seized 834 guns and 227,000 rounds',
    );
    // The translation is never inside the quote of the source.
    expect(label.closest('blockquote')).toBeNull();
  });
});
