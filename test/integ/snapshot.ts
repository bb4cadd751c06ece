/**
 * Integ snapshots without integ-runner (see README.md here): synthesizes each `integ.*.ts` app the way
 * integ-runner does and keeps the files integ-runner keeps in `integ.<name>.ts.snapshot/`.
 *
 *   npx ts-node --transpile-only --prefer-ts-exts test/integ/snapshot.ts [integ.<name>.ts ...]
 *
 * rewrites the snapshots of the given apps (default: all). test/integ/integ-snapshots.test.ts re-synthesizes
 * every app and fails on any difference.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where the integ apps and their snapshots live. */
export const INTEG_DIR = __dirname;

/** The integ apps, sorted: `integ.<name>.ts` (integ-runner's default pattern). */
export function integApps(): string[] {
  return fs.readdirSync(INTEG_DIR).filter((f) => /^integ\..+\.ts$/.test(f) && !f.endsWith('.d.ts')).sort();
}

/** The snapshot directory of an app: `integ.<name>.ts.snapshot` next to it. */
export function snapshotDir(app: string): string {
  return path.join(INTEG_DIR, `${app}.snapshot`);
}

/**
 * The context integ-runner synthesizes with: its recommended feature flags (the file it ships), and stack
 * traces off as the CDK CLI sets them (otherwise `*.metadata.json` would carry absolute paths of this machine).
 */
function integContext(): Record<string, unknown> {
  const flags = JSON.parse(fs.readFileSync(require.resolve('@aws-cdk/integ-runner/lib/recommended-feature-flags.json'), 'utf-8'));
  return { ...flags, 'aws:cdk:disable-stack-trace': true, 'aws:cdk:disable-creation-stack-traces': true };
}

/** Synthesizes one app into `outdir` (a fresh process, as the CDK CLI runs it). Throws with its stderr on failure. */
export function synthesize(app: string, outdir: string): void {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(INTEG_DIR, app)], {
    cwd: path.join(INTEG_DIR, '..', '..'),
    encoding: 'utf-8',
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify(integContext()),
      // aws-cdk-lib's WASM template validator off (slow; the snapshot test checks the resource schemas itself)
      CDK_VALIDATION: 'false',
      TS_NODE_PREFER_TS_EXTS: 'true',
      // integ-runner's synth environment (DEFAULT_SYNTH_OPTIONS.env)
      CDK_INTEG_ACCOUNT: '12345678',
      CDK_INTEG_REGION: 'test-region',
    },
  });
  if (result.status !== 0) throw new Error(`synthesis of ${app} failed:\n${result.stderr}${result.stdout}`);
}

/**
 * The files integ-runner keeps of a cloud assembly (relative path -> text): everything but the asset
 * directories (`asset.*`: the assertion provider's bundle; integ-runner removes them for stacks whose
 * update workflow is off, as ours are) and the asset cache (`.cache`).
 */
export function snapshotFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (name.startsWith('asset.') || name === '.cache' || fs.statSync(full).isDirectory()) continue;
    files[name] = fs.readFileSync(full, 'utf-8');
  }
  return files;
}

/**
 * What a snapshot check compares, as integ-runner does: `integ.json`, and the templates of the test
 * cases' stacks (nested ones too) with asset hashes masked (`Asset1Hash`, …: `diffAssets` is false, so a
 * new version of the assertion provider's bundle is not a difference). Beyond integ-runner, the
 * assertion stack's template is compared too, with its `salt` masked (integ-tests-alpha stamps
 * `Date.now()` into every assertion so it re-runs on each deploy). The other files (`manifest.json`,
 * `*.assets.json`, `tree.json`, …) derive from these plus hashes of the salted templates: they are kept
 * in the snapshot for integ-runner but not compared.
 */
export function comparableFiles(files: Record<string, string>): Record<string, string> {
  const hashes: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.assets.json')) continue;
    const manifest = JSON.parse(text);
    for (const [id, asset] of Object.entries<any>({ ...manifest.files, ...manifest.dockerImages })) {
      // the templates themselves are assets too; only real assets are masked
      if (!String(asset.source?.path ?? '').endsWith('.template.json') && !hashes.includes(id)) hashes.push(id);
    }
  }
  const mask = (text: string) => hashes.reduce((t, h, i) => t.split(h).join(`Asset${i + 1}Hash`), text)
    .replace(/"salt": "\d+"/g, '"salt": "<Date.now()>"');
  const integ = JSON.parse(files['integ.json']);
  const stacks = Object.values<any>(integ.testCases).flatMap((c) => [...c.stacks, c.assertionStackName]);
  const names = ['integ.json', ...stacks.map((stack) => `${stack}.template.json`), ...Object.keys(files).filter((n) => n.endsWith('.nested.template.json'))];
  return Object.fromEntries(names.map((name) => [name, files[name] === undefined ? '<missing>' : mask(files[name])]));
}

/** Synthesizes an app into a temporary directory and returns its snapshot files (the directory is removed). */
export function synthesizeSnapshot(app: string): Record<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'integ-'));
  try {
    synthesize(app, outdir);
    return snapshotFiles(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Replaces an app's committed snapshot with a fresh one. */
export function writeSnapshot(app: string): void {
  const files = synthesizeSnapshot(app);
  const dir = snapshotDir(app);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

if (require.main === module) {
  const apps = process.argv.length > 2 ? process.argv.slice(2).map((a) => path.basename(a)) : integApps();
  for (const app of apps) {
    writeSnapshot(app);
    console.log(`${path.relative(process.cwd(), snapshotDir(app))}: ${Object.keys(snapshotFiles(snapshotDir(app))).length} files`);
  }
}
