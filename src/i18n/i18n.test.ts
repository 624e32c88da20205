import { describe, expect, it } from 'vitest';
import { tFor } from './i18n';
import { messages } from './messages';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('i18n', () => {
  it('has the same keys in both languages', () =>
    expect(keys(messages.en).sort()).toEqual(keys(messages.zh).sort()));
  it('translates per language without a global switch', () => {
    expect(tFor('zh')('retry')).toBe('重试');
    expect(tFor('en')('retry')).toBe('Retry');
    expect(tFor('zh')('topic.health')).toBe('卫生健康');
  });
});

describe('tFor identity', () => {
  it('returns the same translator for a language every time, so memos can depend on it', () => {
    expect(tFor('zh')).toBe(tFor('zh'));
    expect(tFor('en')).toBe(tFor('en'));
    expect(tFor('zh')).not.toBe(tFor('en'));
  });
});
