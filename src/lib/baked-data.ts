/**
 * Which data files a prerendered page was baked from: their SHA-256 by path under public/data,
 * in a JSON script of their own, so the page's first script can tell whether any has been
 * replaced since the build without parsing the whole seed.
 */
export const BAKED_FILES_ID = 'imde-baked-files';

/** A JSON script element's markup; the JSON is safe inside <script>. */
export const jsonScript = (id: string, value: unknown) =>
  // JSON safe inside <script>: no `</script>` or `<!--` can close or open anything.
  `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

export const bakedFilesScript = (files: Record<string, string>): string =>
  jsonScript(BAKED_FILES_ID, files);

/** The record, from the text of the page's script; null when there is none or it is broken. */
export const parseBakedFiles = (text: string | null | undefined): Record<string, string> | null => {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : null;
  } catch {
    return null;
  }
};

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Whether any data file now differs from the one the page was baked from. True when that
 * cannot be told (no record, no digest API): the app then starts and checks for itself.
 * A file that cannot be fetched (offline) counts as unchanged: the baked figures stand.
 */
export const bakedDataChanged = async (
  files: Record<string, string> | null,
  url: (file: string) => string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> => {
  const subtle = globalThis.crypto?.subtle;
  if (!files || !subtle) return true;
  const changed = await Promise.all(
    Object.entries(files).map(async ([file, sha]) => {
      let response: Response;
      try {
        response = await fetchImpl(url(file), { cache: 'no-cache' });
      } catch {
        return false;
      }
      if (!response.ok) return true;
      try {
        return hex(await subtle.digest('SHA-256', await response.arrayBuffer())) !== sha;
      } catch {
        return true;
      }
    }),
  );
  return changed.some(Boolean);
};

let pageCheck: Promise<boolean> | null = null;

/**
 * This page's check, made once: the entry starts it after load, and the app, when it starts,
 * takes its answer instead of fetching and hashing every file again.
 */
export const pageDataChanged = (url: (file: string) => string): Promise<boolean> =>
  (pageCheck ??= bakedDataChanged(
    parseBakedFiles(document.getElementById(BAKED_FILES_ID)?.textContent),
    url,
  ));
