import { listText } from '../../charts/sentence-parts';
import type { RegionIndex } from '../../data/regions';
import type { Lang } from '../../data/schema';
import type { FigureCounts } from './build-overview-map-option';

const MAX_LEAGUES = 6;

/**
 * The overview map in one sentence: how many of the dashboard's figures each league/city has
 * (its counties included), the leagues with none, and the figures for the whole region.
 * "本站数据中，呼和浩特市有73条、呼伦贝尔市有14条（含所辖旗县），其余10个盟市没有数据；另有63条全区数据。"
 */
export const overviewSentence = (
  { byLeague, province }: FigureCounts,
  regions: RegionIndex,
  lang: Lang,
): string => {
  const withFigures = [...byLeague].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
  const listed = withFigures.slice(0, MAX_LEAGUES);
  const others = byLeague.size - listed.length;
  const name = (code: string) => regions.name(code, lang);
  if (lang === 'zh') {
    const counts = listed.map(([code, count]) => `${name(code)}有${count}条`).join('、');
    const rest =
      others > 0
        ? `，其余${others}个盟市${withFigures.length > listed.length ? '更少' : '没有数据'}`
        : '';
    const head = counts
      ? `本站数据中，${counts}（含所辖旗县）${rest}`
      : '本站数据中，各盟市都没有数据';
    return `${head}${province > 0 ? `；另有${province}条全区数据` : ''}。`;
  }
  const counts = listText(
    listed.map(([code, count]) => `${name(code)} (${count})`),
    lang,
  );
  const rest =
    others > 0
      ? `; the other ${others} have ${withFigures.length > listed.length ? 'fewer' : 'none'}`
      : '';
  const head = counts
    ? `Figures here by league/city (with its counties): ${counts}${rest}`
    : 'No figure here is for a league or city';
  return `${head}${province > 0 ? `; ${province} more are for the whole region` : ''}.`;
};
