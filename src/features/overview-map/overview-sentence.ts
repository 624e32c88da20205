import { listText } from '../../charts/sentence-parts';
import type { RegionIndex } from '../../data/regions';
import type { Lang } from '../../data/schema';
import type { FigureCounts } from './build-overview-map-option';
import { PROVINCE } from './drill-in';

const MAX_LEAGUES = 6;

/**
 * The overview map in one sentence: how many of the dashboard's figures each area has (its own
 * subdivisions included), the areas with none, and the figures for the map's region as a whole.
 * On the province map the areas are leagues/cities:
 * "本站数据中，呼和浩特市有73条、呼伦贝尔市有14条（含所辖旗县），其余10个盟市没有数据；另有63条全区数据。"
 * drilled into a league they are its counties, and "whole" is the league's own figures.
 */
export const overviewSentence = (
  { map, byArea, whole }: FigureCounts,
  regions: RegionIndex,
  lang: Lang,
): string => {
  const withFigures = [...byArea].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
  const listed = withFigures.slice(0, MAX_LEAGUES);
  const others = byArea.size - listed.length;
  const name = (code: string) => regions.name(code, lang);
  const province = map === PROVINCE;
  if (lang === 'zh') {
    const unit = province ? '盟市' : '旗县区';
    const counts = listed.map(([code, count]) => `${name(code)}有${count}条`).join('、');
    const rest =
      others > 0
        ? `，其余${others}个${unit}${withFigures.length > listed.length ? '更少' : '没有数据'}`
        : '';
    const scope = province ? '本站数据中，' : `本站${name(map)}数据中，`;
    const head = counts
      ? `${scope}${counts}${province ? '（含所辖旗县）' : ''}${rest}`
      : `${scope}各${unit}都没有数据`;
    const wholeText = province ? `另有${whole}条全区数据` : `另有${whole}条${name(map)}整体数据`;
    return `${head}${whole > 0 ? `；${wholeText}` : ''}。`;
  }
  const counts = listText(
    listed.map(([code, count]) => `${name(code)} (${count})`),
    lang,
  );
  const rest =
    others > 0
      ? `; the other ${others} have ${withFigures.length > listed.length ? 'fewer' : 'none'}`
      : '';
  const head = province
    ? counts
      ? `Figures here by league/city (with its counties): ${counts}${rest}`
      : 'No figure here is for a league or city'
    : counts
      ? `Figures here for ${name(map)} by county: ${counts}${rest}`
      : `No figure here is for a county of ${name(map)}`;
  const wholeText = province
    ? `${whole} more are for the whole region`
    : `${whole} more are for ${name(map)} as a whole`;
  return `${head}${whole > 0 ? `; ${wholeText}` : ''}.`;
};
