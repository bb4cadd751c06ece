/**
 * Result types of the benchmark and their markdown rendering (bench/run.ts prints it and writes the JSON).
 */
import { CFN_MAX_RESOURCES } from './support';

export interface BenchMeta {
  readonly date: string;
  readonly node: string;
  readonly awsCdkLib: string;
  readonly cpu: string;
  readonly cores: number;
  readonly repeat: number;
  readonly sizes: readonly number[];
  readonly filter?: string;
  readonly loadAvgStart: readonly number[];
  readonly loadAvgEnd?: readonly number[];
  readonly wallMs?: number;
}

/** One (N, variant) cell: medians over its repetitions. */
export type Row =
  | {
    readonly n: number;
    readonly variant: string;
    readonly status: 'ok';
    readonly samples: number;
    /** Median construction + app.synth() ms, and the raw samples. */
    readonly synthMs: number;
    readonly synthMsSamples: readonly number[];
    readonly constructMs: number;
    /** Median CPU ms (user + system) of construction + app.synth(), and the raw samples. */
    readonly cpuMs: number;
    readonly cpuMsSamples: readonly number[];
    /** Median ms of the in-process N=1 warm-up synth (lazy aws-cdk-lib module loading; not part of synthMs). */
    readonly warmupMs: number;
    /** Median ms from process start to main() (module loading; not part of synthMs). */
    readonly loadMs: number;
    /** synthMs / the baseline variant's synthMs at the same N (undefined when the baseline did not run). */
    readonly ratio?: number;
    /** (synthMs - baseline synthMs) / baseline synthMs * 100. */
    readonly overheadPct?: number;
    readonly peakRssMb: number;
    readonly stacks: number;
    readonly resources: number;
    readonly maxStackResources: number;
    readonly lambdaPermissions: number;
    readonly templateBytes: number;
    /** Error / warning annotations in the assembly. */
    readonly errors: number;
    readonly warnings: number;
  }
  | { readonly n: number; readonly variant: string; readonly status: 'n/a' | 'failed'; readonly reason: string };

export interface WorkloadReport {
  readonly name: string;
  readonly description: string;
  readonly baseline: string;
  readonly repeat: number;
  /** Print each variant's synth-ms difference to the baseline as a percentage under the table. */
  readonly reportOverhead: boolean;
  readonly rows: readonly Row[];
}

export interface BenchReport {
  readonly meta: BenchMeta;
  readonly workloads: readonly WorkloadReport[];
  readonly failures: readonly string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function headerLine(meta: BenchMeta): string {
  const load = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  return [
    `${meta.date}`,
    `node ${meta.node}`,
    `aws-cdk-lib ${meta.awsCdkLib}`,
    `CPU ${meta.cpu} x ${meta.cores} cores`,
    `load avg ${load(meta.loadAvgStart)}${meta.loadAvgEnd ? ` -> ${load(meta.loadAvgEnd)}` : ''}`,
    `R=${meta.repeat} (medians), CDK_VALIDATION=false, one fresh process per synth`,
    ...meta.filter ? [`BENCH_FILTER=${meta.filter}`] : [],
    ...meta.wallMs !== undefined ? [`total wall ${(meta.wallMs / 1000).toFixed(0)} s`] : [],
  ].join(' | ');
}

/** Milliseconds: one decimal below 100 ms, none above. */
function ms(value: number): string {
  return value.toFixed(value < 100 ? 1 : 0);
}

function resourcesCell(row: Extract<Row, { status: 'ok' }>): string {
  const stacks = row.stacks > 1 ? ` (${row.stacks} stacks)` : '';
  const over = row.maxStackResources > CFN_MAX_RESOURCES ? ' (!>500)' : '';
  return `${row.resources}${stacks}${over}`;
}

/** Percentage difference of each variant's median synth ms against the baseline, per N. */
export function overheadLines(workload: WorkloadReport): string[] {
  const lines: string[] = [];
  for (const row of workload.rows) {
    if (row.status !== 'ok' || row.variant === workload.baseline || row.overheadPct === undefined) continue;
    const base = workload.rows.find((r) => r.n === row.n && r.variant === workload.baseline);
    if (!base || base.status !== 'ok') continue;
    const spread = (med: number, samples: readonly number[]): string =>
      `${med.toFixed(0)} (${Math.min(...samples).toFixed(0)}-${Math.max(...samples).toFixed(0)})`;
    const signed = (pct: number): string => `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
    const cpuPct = (row.cpuMs / base.cpuMs - 1) * 100;
    // Repetitions run interleaved (every variant once, then every variant again...): the k-th samples of both
    // ran back to back, so their ratio cancels most of the drift in machine load between repetitions.
    const pairs = row.synthMsSamples.length === base.synthMsSamples.length
      ? row.synthMsSamples.map((v, k) => (v / base.synthMsSamples[k] - 1) * 100)
      : [];
    const paired = pairs.length > 0
      ? `; median of the ${pairs.length} back-to-back pairs ${signed(median(pairs))} (${pairs.map((p) => signed(p)).join(', ')})`
      : '';
    lines.push(`- N=${row.n}: ${row.variant} vs ${workload.baseline}: **${signed(row.overheadPct)}** synth ms ` +
      `(median (min-max) of ${row.samples}: ${spread(row.synthMs, row.synthMsSamples)} vs ${spread(base.synthMs, base.synthMsSamples)} ms${paired}); ` +
      `${signed(cpuPct)} CPU ms (${spread(row.cpuMs, row.cpuMsSamples)} vs ${spread(base.cpuMs, base.cpuMsSamples)} ms)`);
  }
  return lines;
}

export function renderWorkload(workload: WorkloadReport): string {
  const out: string[] = [];
  out.push(`### ${workload.name}: ${workload.description} (R=${workload.repeat})`, '');
  out.push(`| N | variant | synth ms | ratio to ${workload.baseline} | peak RSS MB | resources | Lambda permissions | template KB |`);
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const row of workload.rows) {
    if (row.status !== 'ok') {
      out.push(`| ${row.n} | ${row.variant} | ${row.status}: ${row.reason.replace(/\|/g, '\\|')} | | | | | |`);
      continue;
    }
    out.push(`| ${row.n} | ${row.variant} | ${ms(row.synthMs)} | ${row.ratio === undefined ? '-' : row.ratio.toFixed(2)} | ` +
      `${row.peakRssMb.toFixed(0)} | ${resourcesCell(row)} | ${row.lambdaPermissions} | ${(row.templateBytes / 1024).toFixed(1)} |`);
  }
  const ok = workload.rows.filter((r): r is Extract<Row, { status: 'ok' }> => r.status === 'ok');
  out.push('');
  if (ok.length > 0) {
    const range = (values: readonly number[]): string => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)} ms`;
    out.push(`Not in synth ms: module load (process start to main) ${range(ok.map((r) => r.loadMs))}; ` +
      `in-process N=1 warm-up synth (loads aws-cdk-lib's lazily required modules) ${range(ok.map((r) => r.warmupMs))}.`);
  }
  const annotated = ok.filter((r) => r.errors + r.warnings > 0);
  if (annotated.length > 0) {
    out.push(`Annotations in the assembly: ${annotated.map((r) => `N=${r.n} ${r.variant}: ${r.errors} error(s), ${r.warnings} warning(s)`).join('; ')}.`);
  }
  if (ok.some((r) => r.maxStackResources > CFN_MAX_RESOURCES)) {
    out.push(`(!>500): a stack exceeds CloudFormation's ${CFN_MAX_RESOURCES}-resource limit. Synthesized with aws-cdk-lib's limit check off; it would not deploy.`);
  }
  return out.join('\n');
}

export function renderMarkdown(report: BenchReport): string {
  const parts = ['## Synth-time benchmark', '', headerLine(report.meta), ''];
  for (const workload of report.workloads) {
    parts.push(renderWorkload(workload));
    if (workload.reportOverhead) {
      const lines = overheadLines(workload);
      parts.push('', ...lines.length > 0 ? lines : [`- overhead vs ${workload.baseline}: n/a (a variant did not run)`]);
    }
    parts.push('');
  }
  if (report.failures.length > 0) {
    parts.push(`**${report.failures.length} synth(s) FAILED**: ${report.failures.join(', ')}`, '');
  }
  return parts.join('\n');
}
