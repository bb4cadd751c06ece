import { App, CfnParameter, Duration, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as fc from 'fast-check';
import { VALIDATION_ERROR_NAME } from '../../src/core/errors';
import { BackendCredentials } from '../../src/mapping/credentials';
import { RequestValue } from '../../src/mapping/request-value';
import { ResponseValue } from '../../src/mapping/response-value';
import { validateTemplate } from '../support/schema';

/**
 * Shared machinery of the typed-construct property tests (one file per API kind).
 *
 * A generated case is a plain description whose string and number leaves are {@link Leaf}s: a
 * literal value, optionally paired with a kind of unresolved token. The same case is built twice:
 * with literals only, and with the tokens in place of the literals they pair with. So one
 * generator serves both properties: "our error or a schema-valid template", and "replacing a
 * value by a token never adds a problem".
 *
 * Seeded and reproducible: FC_SEED / FC_RUNS override (as in aspect.property.test.ts).
 */
export const SEED = Number(process.env.FC_SEED ?? 20261122);
export const RUNS = Number(process.env.FC_RUNS ?? 1000);
/** The token property builds each case twice: fewer runs keep the suite's wall time down. */
export const TOKEN_RUNS = Number(process.env.FC_TOKEN_RUNS ?? Math.ceil(RUNS / 4));
export const ENV = { account: '123456789012', region: 'us-east-1' };

/** How a token leaf is made: a CfnParameter, a Lazy producing an intrinsic, `Fn.ref`, `Fn.importValue`. */
export type TokenKind = 'param' | 'lazy' | 'ref' | 'import';

/** A literal, and the token that may replace it. */
export interface Leaf<T extends string | number> {
  readonly v: T;
  readonly tok?: TokenKind;
}

export const maybe = <T>(a: fc.Arbitrary<T>, freq = 2) => fc.option(a, { nil: undefined, freq });
const tokenKind = fc.constantFrom<TokenKind>('param', 'lazy', 'ref', 'import');
/** A token kind one time in `every`, else none. */
const sometimesToken = (every: number): fc.Arbitrary<TokenKind | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: every - 1 }, { arbitrary: tokenKind, weight: 1 });

/**
 * A string leaf: mostly one of `good`, sometimes one of `bad` or any short string (when `bad` is
 * given), paired with a token one time in `tokenFreq`.
 */
export function str(good: readonly string[], bad: readonly string[] = [], tokenFreq = 6): fc.Arbitrary<Leaf<string>> {
  const v = bad.length === 0 ? fc.constantFrom(...good) : fc.oneof(
    { arbitrary: fc.constantFrom(...good), weight: 20 },
    { arbitrary: fc.constantFrom(...bad), weight: 2 },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  );
  return fc.record({ v, tok: sometimesToken(tokenFreq) });
}

/** A number leaf: mostly one of `good`, sometimes one of `bad`, paired with a token one time in `tokenFreq`. */
export function num(good: readonly number[], bad: readonly number[] = [], tokenFreq = 6): fc.Arbitrary<Leaf<number>> {
  const v = bad.length === 0 ? fc.constantFrom(...good)
    : fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 9 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
  return fc.record({ v, tok: sometimesToken(tokenFreq) });
}

/** Turns leaves into values in one stack, with or without the tokens. */
export class Realizer {
  private n = 0;
  constructor(public readonly stack: Stack, public readonly tokens: boolean) {}

  public s(leaf: Leaf<string>): string;
  public s(leaf: Leaf<string> | undefined): string | undefined;
  public s(leaf: Leaf<string> | undefined): string | undefined {
    if (leaf === undefined) return undefined;
    if (!this.tokens || !leaf.tok) return leaf.v;
    switch (leaf.tok) {
      case 'param': return this.param('String').valueAsString;
      case 'lazy': {
        const name = `Lazy${this.n++}`; // distinct: two equal intrinsics would be duplicates the library cannot see
        return Lazy.string({ produce: () => Fn.importValue(name) });
      }
      case 'ref': return Fn.ref(this.param('String').logicalId);
      default: return Fn.importValue(`Export${this.n++}`);
    }
  }

  public num(leaf: Leaf<number>): number;
  public num(leaf: Leaf<number> | undefined): number | undefined;
  public num(leaf: Leaf<number> | undefined): number | undefined {
    if (leaf === undefined) return undefined;
    if (!this.tokens || !leaf.tok) return leaf.v;
    switch (leaf.tok) {
      case 'param': return this.param('Number').valueAsNumber;
      case 'lazy': {
        const name = `Lazy${this.n++}`;
        return Lazy.number({ produce: () => Token.asNumber(Fn.importValue(name)) });
      }
      default: return Token.asNumber(Fn.ref(this.param('Number').logicalId));
    }
  }

  /** A timeout: `Duration.millis` (a token amount needs the unit the library reads, milliseconds). */
  public millis(leaf: Leaf<number> | undefined): Duration | undefined {
    return leaf === undefined ? undefined : Duration.millis(this.num(leaf));
  }

  public dict<V, R>(m: Array<[Leaf<string>, V]> | undefined, value: (v: V) => R): { [k: string]: R } | undefined {
    if (m === undefined) return undefined;
    return Object.fromEntries(m.map(([k, v]) => [this.s(k), value(v)]));
  }

  private param(type: string): CfnParameter {
    return new CfnParameter(this.stack, `P${this.n++}`, { type });
  }
}

// ---------------------------------------------------------------------------------------------
// The mapping vocabulary, every source for every kind (the rules report what a kind lacks).

const NAMES = ['id', 'x-id', 'Content-Type', 'proxy', 'key', 'a.b'];
const BAD_NAMES = ['a b', '', '{x}', 'Authorization', 'x-amz-date', 'Host', 'ünï'];
const JSON_PATHS = ['$.a', 'a.b', '$.order.id'];
const BAD_JSON_PATHS = ['$..a', '$', '', '$.a[?(@.b)]'];
const CONTEXT = ['requestId', 'identity.sourceIp', 'connectionId', 'authorizer.claims.sub', 'routeKey'];
const BAD_CONTEXT = ['bad var', ''];
const STAGE_VARS = ['host', 'link'];
const BAD_STAGE_VARS = ['bad-name', ''];
const LITERALS = ['x', 'application/json', '*', 'a b'];
const BAD_LITERALS = ['', "it's", '{"a":1}', '[1]', '$request.header.x', 'x'.repeat(600)];

/** A description of a `RequestValue` (realized per stack, as names may be tokens). */
export type RequestValueSpec = [source: string, name?: Leaf<string>];

export const requestValue: fc.Arbitrary<RequestValueSpec> = fc.oneof(
  fc.tuple(fc.constantFrom('header', 'multiValueHeader', 'querystring', 'multiValueQuerystring', 'path'), str(NAMES, BAD_NAMES)),
  fc.tuple(fc.constantFrom('wholePath', 'body')),
  fc.tuple(fc.constant('bodyPath'), str(JSON_PATHS, BAD_JSON_PATHS)),
  fc.tuple(fc.constant('context'), str(CONTEXT, BAD_CONTEXT)),
  fc.tuple(fc.constant('stageVariable'), str(STAGE_VARS, BAD_STAGE_VARS)),
  fc.tuple(fc.constant('literal'), str(LITERALS, BAD_LITERALS)),
) as fc.Arbitrary<RequestValueSpec>;

export type ResponseValueSpec = [source: string, name?: Leaf<string>];

export const responseValue: fc.Arbitrary<ResponseValueSpec> = fc.oneof(
  fc.tuple(fc.constantFrom('header', 'multiValueHeader'), str(NAMES, BAD_NAMES)),
  fc.tuple(fc.constant('body')),
  fc.tuple(fc.constant('bodyPath'), str(JSON_PATHS, BAD_JSON_PATHS)),
  fc.tuple(fc.constant('context'), str(CONTEXT, BAD_CONTEXT)),
  fc.tuple(fc.constant('stageVariable'), str(STAGE_VARS, BAD_STAGE_VARS)),
  fc.tuple(fc.constant('literal'), str(LITERALS, BAD_LITERALS)),
) as fc.Arbitrary<ResponseValueSpec>;

export function toRequestValue(r: Realizer, [source, name]: RequestValueSpec): RequestValue {
  const n = r.s(name) ?? '';
  switch (source) {
    case 'header': return RequestValue.header(n);
    case 'multiValueHeader': return RequestValue.multiValueHeader(n);
    case 'querystring': return RequestValue.querystring(n);
    case 'multiValueQuerystring': return RequestValue.multiValueQuerystring(n);
    case 'path': return RequestValue.path(n);
    case 'wholePath': return RequestValue.wholePath();
    case 'body': return RequestValue.body();
    case 'bodyPath': return RequestValue.bodyPath(n);
    case 'context': return RequestValue.context(n);
    case 'stageVariable': return RequestValue.stageVariable(n);
    default: return RequestValue.literal(n);
  }
}

export function toResponseValue(r: Realizer, [source, name]: ResponseValueSpec): ResponseValue {
  const n = r.s(name) ?? '';
  switch (source) {
    case 'header': return ResponseValue.header(n);
    case 'multiValueHeader': return ResponseValue.multiValueHeader(n);
    case 'body': return ResponseValue.body();
    case 'bodyPath': return ResponseValue.bodyPath(n);
    case 'context': return ResponseValue.context(n);
    case 'stageVariable': return ResponseValue.stageVariable(n);
    default: return ResponseValue.literal(n);
  }
}

/** Keys of CloudFormation maps are rarely tokens (refused as MapKeyIsToken). */
export const KEY_TOKEN_FREQ = 40;

/** A small map `name -> value`. */
export function entries<V>(
  keys: readonly string[], bad: readonly string[], value: fc.Arbitrary<V>, maxLength = 2,
): fc.Arbitrary<Array<[Leaf<string>, V]>> {
  return fc.uniqueArray(fc.tuple(str(keys, bad, KEY_TOKEN_FREQ), value), { maxLength, selector: e => e[0].v });
}

/** Mapping templates: small, VTL, a JSON literal, or one just over 300 KB. */
export const TEMPLATES = ['{}', '#set($x = 1)\n$input.json(\'$\')', '{"statusCode": 200}', '{"statusCode": 404}'];
export const BAD_TEMPLATES = ['', 'x'.repeat(300 * 1024 + 1)];

/** A credentials choice: a given role (its ARN maybe a token), a created role, the caller's identity. */
export type CredentialsSpec = { kind: 'role'; arn: Leaf<string> } | { kind: 'create' } | { kind: 'caller' };

export const credentialsSpec: fc.Arbitrary<CredentialsSpec> = fc.oneof(
  fc.record({ kind: fc.constant('role' as const), arn: str(['arn:aws:iam::123456789012:role/api'], [], 3) }),
  fc.constant({ kind: 'create' as const }),
  fc.constant({ kind: 'caller' as const }),
);

export function toCredentials(r: Realizer, c: CredentialsSpec | undefined): BackendCredentials | undefined {
  switch (c?.kind) {
    case undefined: return undefined;
    case 'role': return BackendCredentials.fromRole(iam.Role.fromRoleArn(r.stack, 'GivenRole', r.s(c.arn)));
    case 'create': return BackendCredentials.createRole();
    default: return BackendCredentials.callerIdentity();
  }
}

// ---------------------------------------------------------------------------------------------
// The outcome of one case.

/**
 * Our findings' rule codes and where they came from (a usage error thrown while building the tree,
 * or the error annotations a synthesis records: construction never throws for a rule finding), or
 * a template the schemas accept.
 */
export type Outcome = { readonly rejected: string[]; readonly phase: 'build' | 'synth' } | { readonly accepted: true };

/** The rule codes of one of our reports (`- Code: …` lines). */
function codesIn(message: string): string[] {
  const codes = [...message.matchAll(/^- ([A-Z][A-Za-z0-9]+): /gm)].map(m => m[1]);
  if (codes.length === 0) throw new Error(`report without rule codes: ${message}`);
  return codes;
}

function codesOf(e: unknown): string[] {
  const err = e as Error;
  if (err.name !== VALIDATION_ERROR_NAME) throw e;
  return [...new Set(codesIn(err.message))].sort();
}

/**
 * Builds and synthesizes one case. Our usage error or our error annotations -> their rule codes; a
 * template without errors must be valid against the CloudFormation schemas; any other exception
 * is rethrown (the property fails).
 */
export function outcome(build: (app: App) => Stack): Outcome {
  const app = new App({ treeMetadata: false, analyticsReporting: false });
  let stack: Stack;
  try {
    stack = build(app);
  } catch (e) {
    return { rejected: codesOf(e), phase: 'build' };
  }
  const artifact = app.synth().getStackByName(stack.stackName);
  const errors = artifact.messages.filter(m => m.level === 'error').map(m => String(m.entry.data));
  if (errors.length > 0) return { rejected: [...new Set(errors.flatMap(codesIn))].sort(), phase: 'synth' };
  const problems = validateTemplate(artifact.template);
  if (problems.length > 0) throw new Error(`accepted, but the CloudFormation schemas refuse the template:\n${problems.join('\n')}`);
  return { accepted: true };
}

/** The two properties, for one kind's case generator and builder. */
export function properties<C>(
  name: string,
  gen: fc.Arbitrary<C>,
  build: (r: Realizer, c: C) => void,
  stackProps: (app: App) => Stack = app => new Stack(app, 'S', { env: ENV }),
): void {
  const run = (c: C, tokens: boolean) => outcome(app => {
    const stack = stackProps(app);
    build(new Realizer(stack, tokens), c);
    return stack;
  });

  test(`${name}: our validation error or a schema-valid template, never another exception (${RUNS} cases)`, () => {
    const seen = new Map<string, number>();
    fc.assert(fc.property(gen, c => {
      const o = run(c, true);
      for (const code of 'rejected' in o ? o.rejected : ['(accepted)']) seen.set(code, (seen.get(code) ?? 0) + 1);
    }), { seed: SEED, numRuns: RUNS });
    if (process.env.FC_STATS) console.log(name, [...seen].sort((a, b) => b[1] - a[1]));
    // the generator must keep reaching synthesis, or the schema half of the property says nothing
    expect(seen.get('(accepted)') ?? 0).toBeGreaterThanOrEqual(RUNS / 10);
  });

  test(`${name}: a token is never judged as a literal: replacing values by tokens never adds a problem (${TOKEN_RUNS} cases)`, () => {
    fc.assert(fc.property(gen, c => {
      const concrete = run(c, false);
      const tokenized = run(c, true);
      // A token where CloudFormation needs a literal map key is refused as a token (MapKeyIsToken), not judged as a literal.
      if ('rejected' in tokenized && tokenized.rejected.includes('MapKeyIsToken')) return;
      // What the literals pass, the tokens pass. (When the literals are refused, the codes are not compared:
      // the first refusal hides the checks that come after it, which the tokenized case may reach.)
      if ('accepted' in concrete) expect(tokenized).toEqual(concrete);
    }), { seed: SEED + 1, numRuns: TOKEN_RUNS });
  });
}
