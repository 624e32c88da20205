/**
 * An estimate of the width text takes at a font size, where there is no canvas to measure
 * (option building, export layout): CJK characters are square, Latin ones a fraction as wide.
 */
export const textWidthAt = (text: string, size: number, latin = 0.5) =>
  [...text].reduce(
    (w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? size : size * latin),
    0,
  );
