import { describe, expect, it } from 'vitest';
import { holdClicks, replayClicks } from './replay-clicks';

describe('holdClicks', () => {
  it('holds clicks on controls until the app is live, then clicks them again in order', () => {
    document.body.innerHTML =
      '<div id="root"><button id="a">A</button><div role="tab" id="b"><span>B</span></div><a href="#x" id="link">x</a></div>';
    const root = document.getElementById('root')!;
    const seen: string[] = [];
    // The app's own listener, attached when it takes over (after ours).
    const app = (event: Event) => seen.push((event.target as Element).id || 'span');
    holdClicks(root);
    root.addEventListener('click', app);
    document.getElementById('a')!.click();
    document.querySelector('span')!.click();
    expect(seen).toEqual([]);
    // A link is not held: it works without the app.
    document.getElementById('link')!.click();
    expect(seen).toEqual(['link']);
    replayClicks();
    expect(seen).toEqual(['link', 'a', 'b']);
    // Once live, clicks go straight through.
    document.getElementById('a')!.click();
    expect(seen).toEqual(['link', 'a', 'b', 'a']);
  });

  it("selects a marked input's text when focused before the app is live", () => {
    document.body.innerHTML =
      '<div id="root"><input id="region" value="内蒙古自治区" data-select-on-focus><input id="plain" value="x"></div>';
    holdClicks(document.getElementById('root')!);
    const region = document.querySelector<HTMLInputElement>('#region')!;
    region.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(region);
    expect([region.selectionStart, region.selectionEnd]).toEqual([0, '内蒙古自治区'.length]);
    const plain = document.querySelector<HTMLInputElement>('#plain')!;
    plain.focus();
    expect(plain.selectionStart).toBe(plain.selectionEnd);
    replayClicks();
  });
});
