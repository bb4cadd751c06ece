/**
 * Shared pieces of the synth-time benchmark: the workload/variant registry types, the one Lambda
 * function every variant integrates with, and small ARN helpers for the hand-written L1 variants.
 *
 * Fairness rules every variant follows:
 * - The backend is identical in every variant of a workload: `benchFunction()` (an L2 `lambda.Function`
 *   with inline code, i.e. an IAM role + a function). Only the API, its integrations and the Lambda
 *   permissions differ between variants, which is what the benchmark is about.
 * - Every variant builds into the `Bench` stack it is given (multi-stack workloads may add sibling stacks
 *   next to it, see `siblingStack`).
 * - The app uses aws-cdk-lib's default feature flags (no cdk.json context), with analytics reporting off
 *   (no AWS::CDK::Metadata resource) and the 500-resources-per-stack check off, so that N = 300 still
 *   synthesizes for the aws-cdk-lib defaults (they exceed 500 resources there; the table flags it).
 */
import { Aws, Stack, Stage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** Builds one variant of a workload with `n` routes/methods into `stack`. */
export type VariantFn = (stack: Stack, n: number) => void;

/** One benchmark workload: one API shape, several ways (variants) of writing it. */
export interface Workload {
  /** Unique name, used on the command line of the child process and in `BENCH_FILTER`. */
  readonly name: string;
  /** One line for the report. */
  readonly description: string;
  /** The variant the "ratio" column divides by (usually `l1`, the hand-written floor). */
  readonly baseline: string;
  /** Fixed sizes for workloads that do not scale with N (ignores `BENCH_N`). Default: `BENCH_N` or 10, 100, 300. */
  readonly sizes?: readonly number[];
  /** Minimum number of repetitions, for workloads whose differences are small. */
  readonly minRepeat?: number;
  /** Print each variant's synth-ms difference to the baseline as a percentage (for small differences). */
  readonly reportOverhead?: boolean;
  /** Runs in the child process before the timer starts (e.g. loading `../src`). Not timed. */
  readonly prepare?: () => void;
  /** The variants, in report order. Add a `library` entry here to compare this project's constructs. */
  readonly variants: Readonly<Record<string, VariantFn>>;
}

/** Throw from a variant that cannot run yet (e.g. a construct that is not written yet): reported as `n/a`. */
export class NotApplicable extends Error {
  public constructor(reason: string) {
    super(reason);
    this.name = 'NotApplicable';
  }
}

/** The one JSON line the child process prints on stdout. */
export type ChildResult =
  | {
    readonly status: 'ok';
    /** ms from process start until the child's main() runs: node, ts-node, aws-cdk-lib and the workloads loaded. */
    readonly loadMs: number;
    /** ms spent in the workload's `prepare` hook (not part of synthMs). */
    readonly prepareMs: number;
    /** ms of a first synth of the same variant at N=1 in the same process (loads aws-cdk-lib's lazily required modules). */
    readonly warmupMs: number;
    /** ms to build the construct tree (new App() through the variant function). */
    readonly constructMs: number;
    /** ms of construction + app.synth(): the headline figure. */
    readonly synthMs: number;
    /** CPU ms (user + system, all threads) during construction + app.synth(): less sensitive to other load than synthMs. */
    readonly cpuMs: number;
    /** process.resourceUsage().maxRSS right after app.synth(), in KB. */
    readonly maxRssKb: number;
    readonly stacks: number;
    readonly resources: number;
    /** Largest resource count of a single stack (CloudFormation's limit is 500). */
    readonly maxStackResources: number;
    readonly lambdaPermissions: number;
    /** Sum over stacks of Buffer.byteLength(JSON.stringify(template)). */
    readonly templateBytes: number;
    /** Error / warning annotations in the assembly (what `cdk synth` would print; errors fail the CLI). */
    readonly errors: number;
    readonly warnings: number;
  }
  | { readonly status: 'n/a'; readonly reason: string };

/** Context given to every app: see the file comment. `0` disables the 500-resources-per-stack check. */
export const BENCH_APP_CONTEXT: Readonly<Record<string, unknown>> = {
  '@aws-cdk/core:stackResourceLimit': 0,
};

/** CloudFormation's resources-per-stack limit, used to flag results that would not deploy. */
export const CFN_MAX_RESOURCES = 500;

/** The inline handler of the shared function (its content does not matter; it only has to be constant). */
export const INLINE_HANDLER = 'exports.handler = async () => ({ statusCode: 200, body: "ok" });';

/** The shared backend: one Node.js function with inline code (an IAM role + an AWS::Lambda::Function). */
export function benchFunction(scope: Construct, id = 'Handler'): lambda.Function {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(INLINE_HANDLER),
  });
}

/** Path part (REST) or route name of the i-th route: `r{i}`. */
export function routeName(i: number): string {
  return `r${i}`;
}

/** Backend URL of the i-th route for the HTTP(-proxy) workloads. */
export function routeUrl(i: number): string {
  return `https://example.com/${routeName(i)}`;
}

/** `arn:${Partition}:apigateway:${Region}:lambda:path/2015-03-31/functions/<fn>/invocations` (REST and WebSocket AWS_PROXY URIs). */
export function lambdaInvocationUri(functionArn: string): string {
  return `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

/** `arn:${Partition}:execute-api:${Region}:${Account}:<apiId>/<resource>`, e.g. resource `*\/*\/*`. */
export function executeApiArn(apiId: string, resource: string): string {
  return `arn:${Aws.PARTITION}:execute-api:${Aws.REGION}:${Aws.ACCOUNT_ID}:${apiId}/${resource}`;
}

/** One `AWS::Lambda::Permission` letting API Gateway invoke `fn` from any stage/method/route of the API. */
export function apiScopedPermission(scope: Construct, id: string, fn: lambda.IFunction, apiId: string, resource: string): lambda.CfnPermission {
  return new lambda.CfnPermission(scope, id, {
    action: 'lambda:InvokeFunction',
    functionName: fn.functionArn,
    principal: 'apigateway.amazonaws.com',
    sourceArn: executeApiArn(apiId, resource),
  });
}

/** A new stack next to `stack` (same app), for workloads that must split across stacks. */
export function siblingStack(stack: Stack, id: string): Stack {
  const stage = Stage.of(stack);
  if (!stage) {
    throw new Error(`bench: stack ${stack.node.path} has no enclosing App/Stage`);
  }
  return new Stack(stage, id);
}
