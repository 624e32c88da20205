import { captureTyped } from './replay-typed';

describe('captureTyped', () => {
  it('types again what the reader typed before the app took over, as input events', () => {
    document.body.innerHTML = '<input id="search" value=""><input id="region" value="内蒙古">';
    const search = document.querySelector<HTMLInputElement>('#search')!;
    search.value = '雷管';
    const replay = captureTyped(document.body);
    // Hydration resets the controlled input to its state.
    search.value = '';
    const typed: string[] = [];
    search.addEventListener('input', () => typed.push(search.value));
    const region = document.querySelector<HTMLInputElement>('#region')!;
    region.addEventListener('input', () => typed.push(`region:${region.value}`));
    replay();
    expect(search.value).toBe('雷管');
    // An input left as it was baked is not touched.
    expect(typed).toEqual(['雷管']);
  });

  it('chooses again what the reader chose in a select, as a change event', () => {
    document.body.innerHTML =
      '<select id="from"><option value="2015">2015</option><option value="2020">2020</option></select>';
    const from = document.querySelector<HTMLSelectElement>('#from')!;
    from.value = '2020';
    const replay = captureTyped(document.body);
    from.value = '2015';
    const changes: string[] = [];
    from.addEventListener('change', () => changes.push(from.value));
    replay();
    expect(changes).toEqual(['2020']);
  });
});
