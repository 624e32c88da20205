import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, panelLink } from './share';

const href = 'https://example.org/app/?region=150100&from=2015#top';

describe('share links', () => {
  it('links to the panel with the current filters', () =>
    expect(panelLink(href, 'firearm-seizures')).toBe(
      'https://example.org/app/?region=150100&from=2015#panel-firearm-seizures',
    ));
  it('embeds one panel with the current filters', () =>
    expect(embedUrl(href, 'hohhot-five-centres')).toBe(
      'https://example.org/app/?region=150100&from=2015&embed=hohhot-five-centres',
    ));
  it('writes an iframe with escaped attributes', () =>
    expect(embedCode('https://e.org/?a=1&embed=x', '"五大中心" <b>', 480)).toBe(
      '<iframe src="https://e.org/?a=1&amp;embed=x" title="&quot;五大中心&quot; &lt;b&gt;" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    ));
});
