import type { Lang } from '../data/schema';

/**
 * ECharts' automatic aria description reads data item names, which for maps and matrices are
 * region codes and indexes. Charts like those describe themselves with this instead: the title,
 * then every item as "name: value", in the page language.
 */
export const ariaDescription = (
  lang: Lang,
  title: string,
  items: readonly { name: string; value: string }[],
): { enabled: true; label: { description: string } } => {
  const [sep, end, pair] = lang === 'zh' ? ['；', '。', '：'] : ['; ', '.', ': '];
  const list = items.map((item) => `${item.name}${pair}${item.value}`).join(sep);
  return { enabled: true, label: { description: `${title}${end}${list ? ` ${list}${end}` : ''}` } };
};
