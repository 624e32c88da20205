import { tooltipHtml } from './tooltip';

const HOSTILE = '<img src=x onerror=alert(1)>';

function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('tooltipHtml', () => {
  it('renders each row label and value', () => {
    const host = parse(tooltipHtml([{ label: '呼和浩特市', value: '22.7万' }], '来源：统计公报'));
    expect(host.textContent).toContain('呼和浩特市');
    expect(host.textContent).toContain('22.7万');
    expect(host.textContent).toContain('来源：统计公报');
  });

  it('never turns label, value or footer into markup', () => {
    const html = tooltipHtml([{ label: HOSTILE, value: `"><script>x()</script>` }], HOSTILE);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    const host = parse(html);
    expect(host.querySelector('img, script')).toBeNull();
    // The hostile text survives as visible text, twice (label and footer).
    expect(host.textContent?.split(HOSTILE)).toHaveLength(3);
  });

  it('omits the footer when absent', () => {
    const host = parse(tooltipHtml([{ label: 'a', value: '1' }]));
    expect(host.firstElementChild?.children).toHaveLength(1);
  });
});
