import { describe, expect, it } from 'vitest';
import { snippetParts } from './search-snippet';

const marked = (parts: ReturnType<typeof snippetParts>) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('snippetParts', () => {
  it('marks every occurrence of the words, ignoring case', () => {
    expect(marked(snippetParts('雷管25.9万枚', ['雷管']))).toBe('[雷管]25.9万枚');
    expect(marked(snippetParts('Detonators: 259,000 detonators', ['detonators']))).toBe(
      '[Detonators]: 259,000 [detonators]',
    );
  });

  it('treats words literally, never as patterns', () => {
    expect(marked(snippetParts('a.b (c) a+b', ['a.b', '(c)', '.*']))).toBe('[a.b] [(c)] a+b');
  });

  it('cuts a long quote around the first match', () => {
    const text = `${'前'.repeat(60)}雷管25.9万枚${'后'.repeat(60)}`;
    const parts = snippetParts(text, ['雷管'], 30);
    const joined = marked(parts);
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined).toContain('[雷管]');
  });

  it('shows the start, unmarked, when nothing matches', () => {
    expect(snippetParts('abc', [])).toEqual([{ text: 'abc', mark: false }]);
    expect(marked(snippetParts('x'.repeat(100), ['y'], 10))).toBe(`${'x'.repeat(10)}…`);
  });
});
