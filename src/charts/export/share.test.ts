import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, panelLink } from './share';

const href = 'https://example.org/app/?region=150100&from=2015#top';

describe('share links', () => {
  it('links to the panel with the current filters', () =>
    expect(panelLink(href, 'firearm-seizures')).toBe(
      'https://example.org/app/?region=150100&from=2015#panel-firearm-seizures',
    ));
  it("embeds the panel's own page with the current filters", () =>
    expect(embedUrl(href, 'hohhot-five-centres')).toBe(
      'https://example.org/app/embed/hohhot-five-centres/?region=150100&from=2015',
    ));
  it("puts the language into the embed page's path", () => {
    expect(embedUrl('https://e.org/?lang=en&region=150100', 'housing-fund')).toBe(
      'https://e.org/en/embed/housing-fund/?region=150100',
    );
    expect(embedUrl('https://e.org/en/?from=2016', 'housing-fund')).toBe(
      'https://e.org/en/embed/housing-fund/?from=2016',
    );
    expect(embedUrl('https://e.org/en/embed/x/?lang=zh', 'housing-fund')).toBe(
      'https://e.org/embed/housing-fund/',
    );
    expect(embedUrl('https://e.org/embed/x/?embed=x', 'housing-fund')).toBe(
      'https://e.org/embed/housing-fund/',
    );
  });
  it('writes an iframe with escaped attributes', () =>
    expect(embedCode('https://e.org/?a=1&embed=x', '"五大中心" <b>', 480)).toBe(
      '<iframe src="https://e.org/?a=1&amp;embed=x" title="&quot;五大中心&quot; &lt;b&gt;" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-imde-embed></iframe>' +
        '<script src="https://e.org/embed.js" async></script>',
    ));
});
