import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './helpers';

/* Readers for exported files (CSV, PNG, pixels) and the columns the app's records declare. */

/**
 * RFC 4180: comma-separated fields, CRLF (or LF) line ends, fields in double quotes may hold
 * commas, quotes (doubled) and line breaks. A trailing line end does not start a new record.
 * Throws on a malformed quoted field (text after a closing quote, or an unclosed quote).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && !fieldStarted && field === '') {
      // Quoted field: up to the closing quote; "" is a literal quote.
      fieldStarted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unclosed quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: unexpected ${JSON.stringify(next)} after a quoted field at ${i}`);
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (ch === '\n') {
      endRecord();
      i += 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType: number;
  /** An alpha channel (colour type 4 or 6) or a tRNS chunk. */
  hasAlpha: boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Checks the PNG signature and reads IHDR (the first chunk); throws if not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 33 || !PNG_SIGNATURE.every((b, i) => buf[i] === b)) {
    throw new Error(`not a PNG: starts with ${buf.subarray(0, 8).toString('hex')}`);
  }
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG: first chunk is not IHDR');
  const colorType = buf.readUInt8(25);
  let hasTrns = false;
  for (let offset = 8; offset + 8 <= buf.length;) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    if (type === 'tRNS') hasTrns = true;
    if (type === 'IDAT' || type === 'IEND') break;
    offset += 12 + length;
  }
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf.readUInt8(24),
    colorType,
    hasAlpha: colorType === 4 || colorType === 6 || hasTrns,
  };
}

/** RECORD_COLUMNS as written in src/charts/export/records.ts (read as text: no app imports). */
export function readRecordColumns(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/charts/export/records.ts'), 'utf8');
  const match = /export const RECORD_COLUMNS = \[([^\]]*)\]/u.exec(source);
  if (!match?.[1]) throw new Error('RECORD_COLUMNS not found in src/charts/export/records.ts');
  return [...match[1].matchAll(/'([^']+)'/gu)].map((m) => m[1] ?? '');
}

/** RGBA of the given pixels of an image file, decoded by the browser (<img> + canvas). */
export async function imagePixels(
  page: Page,
  bytes: Uint8Array,
  mime: string,
  points: readonly (readonly [number, number])[],
): Promise<{ width: number; height: number; pixels: number[][] }> {
  const dataUrl = `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
  return page.evaluate(
    async ({ dataUrl, points }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      return {
        width: img.naturalWidth,
        height: img.naturalHeight,
        pixels: points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data)),
      };
    },
    { dataUrl, points },
  );
}
