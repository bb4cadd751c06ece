/**
 * Child process of the benchmark: ONE synth of one workload variant at one size, in a fresh process.
 *
 *   node -r ts-node/register/transpile-only bench/synth-one.ts <workload> <variant> <n>
 *
 * Prints one JSON line (a `ChildResult`) on stdout. Exit code 0 on success or n/a, 1 on failure (stderr).
 * Run it with CDK_VALIDATION=false: the driver (bench/run.ts) does.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { BENCH_APP_CONTEXT, NotApplicable, type ChildResult } from './support';
import { findWorkload } from './workloads';

interface Timed {
  readonly assembly: ReturnType<App['synth']>;
  readonly constructMs: number;
  readonly synthMs: number;
  readonly cpuMs: number;
}

interface TemplateShape {
  readonly Resources?: Readonly<Record<string, { readonly Type?: string }>>;
}

function usage(message: string): never {
  process.stderr.write(`synth-one: ${message}\nusage: synth-one.ts <workload> <variant> <n>\n`);
  process.exit(2);
}

function main(): void {
  // performance.now() counts from process start: node, ts-node, aws-cdk-lib and the workload modules are loaded by now.
  const loadMs = performance.now();
  const [workloadName, variantName, nArg] = process.argv.slice(2);
  const workload = findWorkload(workloadName ?? '');
  if (!workload) usage(`unknown workload '${workloadName}'`);
  const variant = workload.variants[variantName ?? ''];
  if (!variant) usage(`unknown variant '${variantName}' of workload '${workload.name}'`);
  const n = Number(nArg);
  if (!Number.isInteger(n) || n < 0) usage(`bad n '${nArg}'`);

  const tPrepare = performance.now();
  workload.prepare?.();
  const prepareMs = performance.now() - tPrepare;

  const outdirs: string[] = [];
  const synthOnce = (size: number): Timed => {
    const outdir = mkdtempSync(join(tmpdir(), 'cdk-bench-'));
    outdirs.push(outdir);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const app = new App({ outdir, analyticsReporting: false, context: { ...BENCH_APP_CONTEXT } });
    variant(new Stack(app, 'Bench'), size);
    const t1 = performance.now();
    const assembly = app.synth();
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    return { assembly, constructMs: t1 - t0, synthMs: t2 - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  };

  try {
    let result: ChildResult;
    try {
      // Warm-up synth at N=1 in its own App: aws-cdk-lib requires its submodules lazily, on first use, so
      // without it the measured synth would include loading them. Reported as warmupMs, not in synthMs.
      const warmup = synthOnce(1);
      const { assembly, constructMs, synthMs, cpuMs } = synthOnce(n);
      const maxRssKb = process.resourceUsage().maxRSS;

      let resources = 0;
      let maxStackResources = 0;
      let lambdaPermissions = 0;
      let templateBytes = 0;
      let errors = 0;
      let warnings = 0;
      for (const artifact of assembly.stacks) {
        errors += artifact.messages.filter((m) => String(m.level) === 'error').length;
        warnings += artifact.messages.filter((m) => String(m.level) === 'warning').length;
        const template = artifact.template as TemplateShape;
        const types = Object.values(template.Resources ?? {}).map((r) => r.Type);
        resources += types.length;
        maxStackResources = Math.max(maxStackResources, types.length);
        lambdaPermissions += types.filter((t) => t === 'AWS::Lambda::Permission').length;
        templateBytes += Buffer.byteLength(JSON.stringify(template));
      }
      result = {
        status: 'ok',
        loadMs,
        prepareMs,
        warmupMs: warmup.synthMs,
        constructMs,
        synthMs,
        cpuMs,
        maxRssKb,
        stacks: assembly.stacks.length,
        resources,
        maxStackResources,
        lambdaPermissions,
        templateBytes,
        errors,
        warnings,
      };
    } catch (err) {
      if (!(err instanceof NotApplicable)) throw err;
      result = { status: 'n/a', reason: err.message };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
  }
}

main();
