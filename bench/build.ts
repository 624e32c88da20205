import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, log } from './util.ts';

export const DIST = path.join(ROOT, 'dist');
export const DIST_BASELINE = path.join(ROOT, 'dist-baseline');

/** Runs an npm script, streaming nothing unless it fails (then its output is the error). */
export async function npmRun(script: string): Promise<void> {
  log(`npm run ${script}`);
  const child = spawn('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`npm run ${script} exited with ${code}:\n${output.trim().slice(-4_000)}`);
  }
}

/**
 * Implementation details of chart types the app never registers (sankey's nodeAlign, treemap's
 * squareRatio, boxplot's boxWidth, sunburst's highlight action): present in the baseline only
 * if it really bundles the full echarts.
 */
const FULL_ECHARTS_MARKERS = ['nodeAlign', 'squareRatio', 'boxWidth', 'sunburstHighlight'];

function jsOf(dir: string): { bytes: number; text: string } {
  const assets = path.join(dir, 'assets');
  if (!existsSync(assets)) throw new Error(`${dir} has no assets/: build it first`);
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const texts = files.map((f) => readFileSync(path.join(assets, f), 'utf8'));
  return {
    bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    text: texts.join('\n'),
  };
}

export interface BaselineCheck {
  oursJsBytes: number;
  baselineJsBytes: number;
  markersInBaseline: string[];
  markersInOurs: string[];
}

/** Throws unless dist-baseline contains the full echarts (larger, and the markers above). */
export function verifyBaseline(): BaselineCheck {
  const ours = jsOf(DIST);
  const baseline = jsOf(DIST_BASELINE);
  const check: BaselineCheck = {
    oursJsBytes: ours.bytes,
    baselineJsBytes: baseline.bytes,
    markersInBaseline: FULL_ECHARTS_MARKERS.filter((m) => baseline.text.includes(m)),
    markersInOurs: FULL_ECHARTS_MARKERS.filter((m) => ours.text.includes(m)),
  };
  if (check.markersInBaseline.length !== FULL_ECHARTS_MARKERS.length) {
    throw new Error(
      `dist-baseline lacks full-echarts markers: has ${check.markersInBaseline.join(', ') || 'none'}`,
    );
  }
  if (baseline.bytes <= ours.bytes) {
    throw new Error(
      `dist-baseline JS (${baseline.bytes} B) is not larger than dist (${ours.bytes} B)`,
    );
  }
  log(
    `baseline check: JS ${ours.bytes} B (ours) vs ${baseline.bytes} B (baseline); ` +
      `full-echarts markers in baseline ${check.markersInBaseline.length}/${FULL_ECHARTS_MARKERS.length}, in ours ${check.markersInOurs.length}`,
  );
  return check;
}
