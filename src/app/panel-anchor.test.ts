import { describe, expect, it } from 'vitest';
import { anchoredPanelId } from './panel-anchor';

describe('anchoredPanelId', () => {
  it('reads the element id of a #panel- fragment and nothing else', () => {
    expect(anchoredPanelId('#panel-firearm-seizures')).toBe('panel-firearm-seizures');
    expect(anchoredPanelId('#panel-explore-health-resources')).toBe(
      'panel-explore-health-resources',
    );
    expect(anchoredPanelId('')).toBeNull();
    expect(anchoredPanelId('#top')).toBeNull();
    expect(anchoredPanelId('#panel-"><img>')).toBeNull();
    expect(anchoredPanelId('#panel-%E0%A4%A')).toBeNull();
  });
});
