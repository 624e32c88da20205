import { compactPath, compactSvg } from './compact-svg';

describe('compactPath', () => {
  it('drops points closer to the line than the tolerance', () => {
    expect(compactPath('M0 0L1 0.1L2 0L3 0.05L4 0', 0.5)).toBe('M0 0L4 0');
  });
  it('keeps corners farther than the tolerance', () => {
    expect(compactPath('M0 0L5 5L10 0', 0.5)).toBe('M0 0L5 5L10 0');
  });
  it('keeps each subpath and its closing', () => {
    expect(compactPath('M0 0L10 0L10 10ZM20 20L30 20L30 30Z', 0.5)).toBe(
      'M0 0L10 0L10 10ZM20 20L30 20L30 30Z',
    );
  });
  it('drops a ring smaller than the tolerance', () => {
    expect(compactPath('M0 0L0.1 0L0.1 0.1ZM5 5L15 5L15 15Z', 0.5)).toBe('M5 5L15 5L15 15Z');
  });
  it('leaves curves alone', () => {
    expect(compactPath('M0 0C1 1 2 2 3 3', 0.5)).toBe('M0 0C1 1 2 2 3 3');
  });
});

describe('compactSvg', () => {
  it('rewrites path data only, never text', () => {
    const svg = '<svg><path d="M0 0L1 0.1L2 0"/><text x="1.234">5.341</text></svg>';
    expect(compactSvg(svg)).toBe('<svg><path d="M0 0L2 0"/><text x="1.234">5.341</text></svg>');
  });
});
