/**
 * Synth-time benchmark driver: `npx projen bench`
 * (= `ts-node --transpile-only --prefer-ts-exts bench/run.ts`).
 *
 * For every workload x N x variant it runs ONE synth per fresh child process (bench/synth-one.ts) with
 * CDK_VALIDATION=false (aws-cdk-lib's WASM template validator off: we measure the constructs' own cost),
 * R times, and reports medians as one markdown table per workload on stdout, plus bench/results/latest.json.
 * Repetitions are interleaved (N, then repetition, then variant) so that a change in machine load hits
 * every variant alike, and the variant order rotates with each repetition so that no variant always
 * runs right after the same other one. Progress goes to stderr.
 *
 * Environment:
 *   BENCH_REPEAT=3        repetitions per cell (median reported); workloads may ask for more (aspect-overhead: 5)
 *   BENCH_N=10,100        sizes for the workloads that scale with N (default 10,100,300)
 *   BENCH_FILTER=rest,l1  only the cells whose `workload/variant` contains one of these substrings
 *                         (the workload's baseline variant always runs too, for the ratio column)
 *
 * Exits 1 if any child synth failed (its stderr is printed).
 */
import { spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { headerLine, median, renderMarkdown, type BenchMeta, type BenchReport, type Row, type WorkloadReport } from './report';
import type { ChildResult, Workload } from './support';
import { WORKLOADS } from './workloads';

const ROOT = path.resolve(__dirname, '..');
const CHILD = path.join(__dirname, 'synth-one.ts');
const RESULTS = path.join(__dirname, 'results', 'latest.json');
const DEFAULT_SIZES = [10, 100, 300];
const CHILD_TIMEOUT_MS = 5 * 60_000;

type Ok = Extract<ChildResult, { status: 'ok' }>;
type Outcome = ChildResult | { readonly status: 'failed'; readonly reason: string };

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer, got '${value}'`);
  return parsed;
}

function sizesFromEnv(): number[] {
  const raw = process.env.BENCH_N;
  if (!raw) return DEFAULT_SIZES;
  return raw.split(',').map((s) => positiveInt(s.trim(), 0, 'BENCH_N'));
}

function selectedVariants(workload: Workload, filters: readonly string[]): string[] {
  const all = Object.keys(workload.variants);
  if (filters.length === 0) return all;
  const picked = all.filter((v) => filters.some((f) => `${workload.name}/${v}`.includes(f)));
  if (picked.length === 0) return [];
  return all.filter((v) => v === workload.baseline || picked.includes(v));
}

function runChild(workload: string, variant: string, n: number): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env, CDK_VALIDATION: 'false', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PREFER_TS_EXTS: 'true' };
  // An app picks these up from the environment (cdk CLI); the benchmark's apps must not.
  delete env.CDK_CONTEXT_JSON;
  delete env.CDK_OUTDIR;
  const child = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', CHILD, workload, variant, String(n)], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const lastLine = (child.stdout ?? '').trim().split('\n').pop() ?? '';
  if (child.status === 0) {
    try {
      return JSON.parse(lastLine) as ChildResult;
    } catch {
      // fall through: report stdout as the failure
    }
  }
  const why = child.error ? child.error.message : `exit ${child.status ?? child.signal}`;
  process.stderr.write(`\n--- FAILED: ${workload}/${variant} N=${n} (${why})\n${child.stderr ?? ''}${child.stdout ?? ''}\n---\n`);
  return { status: 'failed', reason: why };
}

function summarize(n: number, variant: string, outcomes: readonly Outcome[]): Row {
  const ok: Ok[] = [];
  for (const o of outcomes) {
    if (o.status !== 'ok') return { n, variant, status: o.status, reason: o.reason };
    ok.push(o);
  }
  const first = ok[0];
  if (!first) return { n, variant, status: 'failed', reason: 'no samples' };
  return {
    n,
    variant,
    status: 'ok',
    samples: ok.length,
    synthMs: median(ok.map((o) => o.synthMs)),
    synthMsSamples: ok.map((o) => Math.round(o.synthMs * 10) / 10),
    constructMs: median(ok.map((o) => o.constructMs)),
    cpuMs: median(ok.map((o) => o.cpuMs)),
    cpuMsSamples: ok.map((o) => Math.round(o.cpuMs)),
    warmupMs: median(ok.map((o) => o.warmupMs)),
    loadMs: median(ok.map((o) => o.loadMs)),
    peakRssMb: median(ok.map((o) => o.maxRssKb)) / 1024,
    stacks: first.stacks,
    resources: first.resources,
    maxStackResources: first.maxStackResources,
    lambdaPermissions: first.lambdaPermissions,
    templateBytes: first.templateBytes,
    errors: first.errors,
    warnings: first.warnings,
  };
}

function withRatios(rows: readonly Row[], baseline: string): Row[] {
  return rows.map((row) => {
    const base = rows.find((r) => r.n === row.n && r.variant === baseline);
    if (row.status !== 'ok' || !base || base.status !== 'ok') return row;
    const ratio = row.synthMs / base.synthMs;
    return { ...row, ratio, overheadPct: (ratio - 1) * 100 };
  });
}

function main(): number {
  const started = Date.now();
  const repeat = positiveInt(process.env.BENCH_REPEAT, 3, 'BENCH_REPEAT');
  const sizes = sizesFromEnv();
  const filters = (process.env.BENCH_FILTER ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const cdkPackage = JSON.parse(readFileSync(require.resolve('aws-cdk-lib/package.json'), 'utf8')) as { version: string };
  const meta: BenchMeta = {
    date: new Date().toISOString(),
    node: process.version,
    awsCdkLib: cdkPackage.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    repeat,
    sizes,
    filter: filters.length > 0 ? filters.join(',') : undefined,
    loadAvgStart: os.loadavg(),
  };
  process.stderr.write(`${headerLine(meta)}\n`);

  const plan = WORKLOADS.map((workload) => ({
    workload,
    variants: selectedVariants(workload, filters),
    sizes: workload.sizes ?? sizes,
    repeat: Math.max(repeat, workload.minRepeat ?? 0),
  })).filter((p) => p.variants.length > 0);
  const total = plan.reduce((sum, p) => sum + p.variants.length * p.sizes.length * p.repeat, 0);

  // One discarded synth first, so the first measured child does not pay for a cold file cache.
  if (plan.length > 0) runChild(plan[0].workload.name, plan[0].variants[0], plan[0].sizes[0]);

  let done = 0;
  const failures: string[] = [];
  const workloads: WorkloadReport[] = [];
  for (const { workload, variants, sizes: ns, repeat: r } of plan) {
    const rows: Row[] = [];
    for (const n of ns) {
      const outcomes = new Map<string, Outcome[]>(variants.map((v) => [v, []]));
      for (let rep = 0; rep < r; rep++) {
        // Rotate the order each repetition, so no variant always runs right after the same other one.
        for (const variant of variants.map((_, i) => variants[(i + rep) % variants.length])) {
          const previous = outcomes.get(variant) ?? [];
          done++;
          // A cell that failed or is n/a stays that way: do not spend its remaining repetitions.
          if (previous.some((o) => o.status !== 'ok')) continue;
          const outcome = runChild(workload.name, variant, n);
          previous.push(outcome);
          const shown = outcome.status === 'ok' ? `${outcome.synthMs.toFixed(0)} ms, ${(outcome.maxRssKb / 1024).toFixed(0)} MB` : outcome.status;
          process.stderr.write(`[${done}/${total}] ${workload.name}/${variant} N=${n} #${rep + 1}: ${shown}\n`);
          if (outcome.status === 'failed') failures.push(`${workload.name}/${variant} N=${n}`);
        }
      }
      for (const variant of variants) rows.push(summarize(n, variant, outcomes.get(variant) ?? []));
    }
    workloads.push({
      name: workload.name,
      description: workload.description,
      baseline: workload.baseline,
      repeat: r,
      reportOverhead: workload.reportOverhead ?? false,
      rows: withRatios(rows, workload.baseline),
    });
  }

  const report: BenchReport = {
    meta: { ...meta, loadAvgEnd: os.loadavg(), wallMs: Date.now() - started },
    workloads,
    failures,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, undefined, 2)}\n`);
  process.stdout.write(renderMarkdown(report));
  process.stderr.write(`wrote ${path.relative(ROOT, RESULTS)}; total wall ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
