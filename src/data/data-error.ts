/** One problem in a data file, located by a JSON path such as `$.observations[3].value`. */
export interface Problem {
  path: string;
  message: string;
}

export type DataErrorKind = 'network' | 'http' | 'json' | 'schema';

/** Every way a data file can fail, typed so the UI can name the file and the first problems. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly kind: DataErrorKind;
  readonly problems: readonly Problem[];

  constructor(file: string, kind: DataErrorKind, problems: readonly Problem[]) {
    super(`${file}: ${problems[0]?.path ?? '$'} ${problems[0]?.message ?? kind}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.kind = kind;
    this.problems = problems;
  }
}

/** What crosses the worker boundary: structured clone drops an Error subclass's identity. */
export interface DataErrorPayload {
  file: string;
  kind: DataErrorKind;
  problems: Problem[];
}

export const toErrorPayload = (error: unknown, file: string): DataErrorPayload =>
  error instanceof DataLoadError
    ? { file: error.file, kind: error.kind, problems: [...error.problems] }
    : // Not a data problem but a bug in the worker: still a typed error the panel can show.
      {
        file,
        kind: 'schema',
        problems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }],
      };

export const fromErrorPayload = ({ file, kind, problems }: DataErrorPayload) =>
  new DataLoadError(file, kind, problems);
