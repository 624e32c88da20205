/** DuckDB reports a file by the path it resolved; problems name it as the descriptor does. */
export const fileNamer =
  (files: readonly string[]) =>
  (value: unknown): string => {
    const text = typeof value === 'string' ? value : '';
    return files.find((f) => text === f || text.endsWith(`/${f}`)) ?? text;
  };
