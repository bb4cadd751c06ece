/**
 * CLI benchmark: `npx projen bench:cli` (= `ts-node --transpile-only --prefer-ts-exts bench/cli.ts`).
 *
 * Builds one CDK app of 20 stacks, each a REST API with 500 integrations (100 resources x 5 verbs:
 * HTTP_PROXY with a mapped path parameter, AWS_PROXY Lambda, MOCK with integration responses, HTTP
 * with a request template, and one TimeoutInMillis of 10 per stack as a known mistake), as hand-written
 * L1 (`CfnMethod`), so that both doors see the same resources:
 *
 * 1. synth without the aspect -> 20 templates in a temp cdk.out (the CLI's input);
 * 2. synth with `IntegrationChecks` -> the aspect's time and its error count;
 * 3. `node bin/cdk-apigateway-integrations check --format json <cdk.out>` as a whole process, R times
 *    (wall clock from spawn to exit, and the process's CPU time: node start-up, module loading, reading
 *    and judging). The 3 s budget is checked on CPU time; wall time above it is printed as a note with
 *    the machine's load (a shared 2-core machine's wall time measures the other jobs too).
 *
 * Prints a markdown table; fails (exit 1) if the CLI and the aspect disagree on the errors, or if the
 * CLI process is not under BUDGET_MS. The CLI runs the compiled package (lib/): run `npx projen compile`
 * first. Environment: BENCH_REPEAT (default 5) CLI runs, median reported; BENCH_KEEP=1 keeps the
 * generated cdk.out (for profiling the CLI). CDK_VALIDATION=false (the task sets it): aws-cdk-lib's
 * own template validator is not what is measured.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, Stack, type IAspect } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'cdk-apigateway-integrations');
const STACKS = 20;
const RESOURCES = 100;
const VERBS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const BUDGET_MS = 3000;
const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

function integration(verb: string, r: number, mistake: boolean): apigw.CfnMethod.IntegrationProperty {
  switch (verb) {
    case 'GET': return {
      type: 'HTTP_PROXY',
      integrationHttpMethod: 'GET',
      uri: `https://example.com/r${r}/{id}`,
      requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
      timeoutInMillis: mistake ? 10 : 29000,
    };
    case 'POST': return { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: LAMBDA_URI };
    case 'PUT': return { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' }, integrationResponses: [{ statusCode: '200' }] };
    case 'DELETE': return { type: 'HTTP', integrationHttpMethod: 'DELETE', uri: `https://example.com/r${r}`, integrationResponses: [{ statusCode: '204' }] };
    default: return { type: 'HTTP_PROXY', integrationHttpMethod: 'PATCH', uri: `https://example.com/r${r}` };
  }
}

function buildApp(outdir: string, aspect?: IAspect): App {
  // the stacks are larger than CloudFormation's 500-resource limit on purpose (500 integrations each)
  const app = new App({ outdir, analyticsReporting: false, context: { '@aws-cdk/core:stackResourceLimit': 0 } });
  for (let s = 0; s < STACKS; s++) {
    const stack = new Stack(app, `Api${s}`);
    const api = new apigw.CfnRestApi(stack, 'Api', { name: `api${s}`, endpointConfiguration: { types: ['REGIONAL'] } });
    for (let r = 0; r < RESOURCES; r++) {
      const parent = new apigw.CfnResource(stack, `R${r}`, { restApiId: api.ref, parentId: api.attrRootResourceId, pathPart: `r${r}` });
      const res = new apigw.CfnResource(stack, `R${r}Id`, { restApiId: api.ref, parentId: parent.ref, pathPart: '{id}' });
      for (const verb of VERBS) {
        const status = verb === 'DELETE' ? '204' : '200';
        new apigw.CfnMethod(stack, `R${r}${verb}`, {
          restApiId: api.ref,
          resourceId: res.ref,
          httpMethod: verb,
          authorizationType: 'NONE',
          requestParameters: { 'method.request.path.id': true },
          methodResponses: [{ statusCode: status }],
          integration: integration(verb, r, r === 0),
        });
      }
    }
    new apigw.CfnDeployment(stack, 'Deployment', { restApiId: api.ref }).node.addDependency(stack.node.findChild(`R${RESOURCES - 1}PATCH`));
  }
  if (aspect) Aspects.of(app).add(aspect);
  return app;
}

function timed<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const out = f();
  return [out, Number(process.hrtime.bigint() - t0) / 1e6];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) {
    process.stderr.write('lib/cli/main.js is missing: run `npx projen compile` first (the CLI runs the compiled package)\n');
    process.exit(1);
  }
  const repeat = Number(process.env.BENCH_REPEAT ?? 5);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { IntegrationChecks } = require('../src') as { IntegrationChecks: new () => IAspect };
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  const aspectOut = mkdtempSync(path.join(os.tmpdir(), 'bench-aspect-'));
  try {
    const [, plainMs] = timed(() => buildApp(outdir).synth());
    const [assembly, aspectMs] = timed(() => buildApp(aspectOut, new IntegrationChecks()).synth());
    const aspectErrors = assembly.stacks.flatMap(s => s.messages).filter(m => m.level === 'error' && /^\[[A-Za-z]+\]/.test(String(m.entry.data))).length;
    const templates = readdirSync(outdir).filter(f => f.endsWith('.template.json')).length;

    const runs: number[] = [];
    const cpu: number[] = [];
    let cliErrors = -1;
    const json = path.join(os.tmpdir(), `bench-cli-${process.pid}.json`);
    for (let i = 0; i < repeat; i++) {
      // bash's `times` prints the CPU time (user, sys) of the process it ran: the CLI's own cost, whatever the load
      const script = `"${process.execPath}" "${BIN}" check --format json "${outdir}" > "${json}"; echo "status $?"; times`;
      const t0 = process.hrtime.bigint();
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const status = Number(/status (\d+)/.exec(r.stdout)?.[1]);
      if (status !== 0 && status !== 1) throw new Error(`the CLI failed (${status}): ${r.stderr}`);
      const children = r.stdout.trim().split('\n').pop()!.split(/\s+/).map(t => /(\d+)m([\d.]+)s/.exec(t)!).map(m => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
      cpu.push(children[0] + children[1]);
      cliErrors = (JSON.parse(readFileSync(json, 'utf8')).findings as Array<{ severity: string }>).filter(f => f.severity === 'error').length;
    }
    rmSync(json, { force: true });
    const cliMs = median(runs);
    const cliCpuMs = median(cpu);
    const integrations = STACKS * RESOURCES * VERBS.length;
    process.stdout.write([
      `CLI benchmark: ${integrations.toLocaleString('en')} integrations in ${templates} templates (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`,
      '',
      '| door | wall ms | CPU ms | errors found |',
      '|---|---:|---:|---:|',
      `| CLI process (\`check --format json cdk.out\`), median of ${repeat} (wall: ${runs.map(r => r.toFixed(0)).join(', ')}) | ${cliMs.toFixed(0)} | ${cliCpuMs.toFixed(0)} | ${cliErrors} |`,
      `| synth without the aspect (in process) | ${plainMs.toFixed(0)} | | - |`,
      `| synth with IntegrationChecks (in process) | ${aspectMs.toFixed(0)} | | ${aspectErrors} |`,
      '',
    ].join('\n'));
    if (cliErrors !== aspectErrors) throw new Error(`the CLI found ${cliErrors} errors, the aspect ${aspectErrors}`);
    // The budget is the process's CPU time: on a machine shared with other jobs, wall time measures the load too
    if (cliCpuMs >= BUDGET_MS) throw new Error(`the CLI took ${cliCpuMs.toFixed(0)} ms of CPU, budget ${BUDGET_MS} ms`);
    if (cliMs >= BUDGET_MS) process.stderr.write(`note: ${cliMs.toFixed(0)} ms wall, over ${BUDGET_MS} ms at load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores\n`);
  } finally {
    if (process.env.BENCH_KEEP) process.stderr.write(`kept the CLI's input: ${outdir}\n`);
    else rmSync(outdir, { recursive: true, force: true });
    rmSync(aspectOut, { recursive: true, force: true });
  }
}

main();
