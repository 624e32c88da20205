import { DataLoadError } from './data-error';

/** Data is fetched at run time from public/data so datasets can be replaced without a rebuild. */
export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;

/**
 * Beyond this the page refuses the file with a message rather than exhausting memory. The
 * largest synthetic dataset of the scale benchmark (1M observations) is well under it.
 */
export const MAX_DATA_BYTES = 512 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const fetchDataFile = async (
  file: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetchImpl(dataUrl(file), signal ? { signal } : undefined);
  } catch (error) {
    throw new DataLoadError(file, 'network', [
      { path: '$', message: `could not be fetched (${String(error)})` },
    ]);
  }
  if (!response.ok) {
    throw new DataLoadError(file, 'http', [
      { path: '$', message: `HTTP ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = (bytes: number) =>
    new DataLoadError(file, 'http', [
      { path: '$', message: `is ${megabytes(bytes)}, over the ${megabytes(MAX_DATA_BYTES)} limit` },
    ]);
  if (declared > MAX_DATA_BYTES) throw tooLarge(declared);
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch (error) {
    throw new DataLoadError(file, 'network', [
      { path: '$', message: `was cut off while loading (${String(error)})` },
    ]);
  }
  // Bytes, not characters: a Chinese text is three bytes a character in UTF-8.
  if (body.byteLength > MAX_DATA_BYTES) throw tooLarge(body.byteLength);
  try {
    // TextDecoder drops a UTF-8 byte-order mark, as response.text() would.
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch (error) {
    // V8 quotes the offending text, newlines and all; a problem is one line.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    throw new DataLoadError(file, 'json', [{ path: '$', message: `is not valid JSON: ${reason}` }]);
  }
};
