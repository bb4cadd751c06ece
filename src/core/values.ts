import { IResolvable, Token, Tokenization } from 'aws-cdk-lib';
import { Fact, FactMap, HOLE, Unknown } from './facts';

/**
 * Turning raw values — plain JSON, CDK tokens, or CloudFormation intrinsics — into facts.
 * Values are judged the way CloudFormation would convert them: a number where a string is
 * expected becomes its decimal text (`200` -> `"200"`), `"true"` is a boolean, `"10"` a number.
 */

const INTRINSIC_KEYS = new Set([
  'Ref', 'Fn::GetAtt', 'Fn::Join', 'Fn::Sub', 'Fn::Select', 'Fn::If', 'Fn::ImportValue', 'Fn::GetAZs',
  'Fn::Split', 'Fn::FindInMap', 'Fn::Base64', 'Fn::Cidr', 'Fn::Length', 'Fn::ToJsonString', 'Fn::Transform',
  'Fn::GetStackOutput', 'Condition',
]);

/** True for `{ Ref: … }`, `{ 'Fn::Join': … }` and the other single-key intrinsic objects. */
export function isIntrinsic(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const keys = Object.keys(x);
  return keys.length === 1 && INTRINSIC_KEYS.has(keys[0]);
}

/** True for anything not known at synth time: a CDK token or a CloudFormation intrinsic. */
export function isUnresolvedValue(x: unknown): boolean {
  return isIntrinsic(x) || Token.isUnresolved(x);
}

/** The literal skeleton of an intrinsic (literal parts kept, unknown parts as holes). */
function intrinsicSkeleton(x: Record<string, unknown>): string {
  const join = x['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return (join[1] as unknown[]).map(p => (typeof p === 'string' ? skeletonOf(p) : typeof p === 'number' ? String(p) : isIntrinsic(p) ? intrinsicSkeleton(p) : HOLE)).join(join[0]);
  }
  const sub = x['Fn::Sub'];
  const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (subText !== undefined) {
    return subText.replace(/\$\{(?!!)[^}]*\}/g, HOLE).replace(/\$\{!/g, '${');
  }
  return HOLE;
}

/** Skeletons of token strings seen before: the same integration is often bound to hundreds of methods. */
const skeletons = new Map<string, string>();

/** The skeleton of a string that may embed CDK tokens. */
function skeletonOf(s: string): string {
  if (!Token.isUnresolved(s)) return s;
  const hit = skeletons.get(s);
  if (hit !== undefined) return hit;
  const fragments = Tokenization.reverseString(s);
  const skeleton = fragments
    .mapTokens({ mapToken: () => HOLE })
    .join({ join: (l: unknown, r: unknown) => `${l}${r}` }) as string;
  if (skeletons.size > 10_000) skeletons.clear();
  skeletons.set(s, skeleton);
  return skeleton;
}

/**
 * True for a number token turned into a string with `String(n)` (`"-1.8881545897087736e+289"`):
 * `Token.isUnresolved` does not recognise that text, but it is still a token.
 */
function isStringifiedNumberToken(s: string): boolean {
  return /^-?\d(\.\d+)?e[+-]\d+$/i.test(s) && Token.isUnresolved(Number(s));
}

/** A string fact. Numbers and booleans become their text, as CloudFormation would convert them. */
export function stringFact(x: unknown): Fact<string> {
  if (x === undefined || x === null) return undefined;
  if (typeof x === 'string') {
    if (isStringifiedNumberToken(x)) return new Unknown();
    if (!Token.isUnresolved(x)) return x;
    const skeleton = skeletonOf(x);
    return new Unknown(skeleton);
  }
  if (isIntrinsic(x)) return new Unknown(intrinsicSkeleton(x));
  if (typeof x === 'number') return Token.isUnresolved(x) ? new Unknown() : String(x);
  if (typeof x === 'boolean') return String(x);
  if (Token.isUnresolved(x)) return new Unknown();
  // An object or array where a string is expected: present, but not a string we can judge as one.
  return new Unknown(JSON.stringify(x));
}

/** A number fact: `"10"` is 10, a token is unknown, anything else that is not a number is unknown. */
export function numberFact(x: unknown): Fact<number> {
  if (x === undefined || x === null) return undefined;
  if (typeof x === 'number') return Token.isUnresolved(x) ? new Unknown() : x;
  if (typeof x === 'string' && isStringifiedNumberToken(x)) return new Unknown();
  if (typeof x === 'string' && !Token.isUnresolved(x) && /^-?\d+(\.\d+)?$/.test(x.trim())) return Number(x);
  return new Unknown();
}

/** A boolean fact: `"true"`/`"false"` are booleans, as CloudFormation converts them. */
export function booleanFact(x: unknown): Fact<boolean> {
  if (x === undefined || x === null) return undefined;
  if (typeof x === 'boolean') return x;
  if (x === 'true' || x === 'false') return x === 'true';
  return new Unknown();
}

/** A map fact: keys must be known; each value converted by `each`. */
export function mapFact<T>(x: unknown, each: (v: unknown) => Fact<T>): Fact<FactMap<T>> {
  if (x === undefined || x === null) return undefined;
  if (isUnresolvedValue(x) || typeof x !== 'object' || Array.isArray(x)) return new Unknown();
  const out: FactMap<T> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (Token.isUnresolved(k)) return new Unknown();
    out[k] = each(v);
  }
  return out;
}

/** A list fact: each item converted by `each`. */
export function listFact<T>(x: unknown, each: (v: unknown) => Fact<T>): Fact<Fact<T>[]> {
  if (x === undefined || x === null) return undefined;
  if (isUnresolvedValue(x) || !Array.isArray(x)) return new Unknown();
  return x.map(each);
}

/** An object fact (for nested property types): unknown when it is a token. */
export function objectFact(x: unknown): Record<string, unknown> | Unknown | undefined {
  if (x === undefined || x === null) return undefined;
  if (isUnresolvedValue(x) || typeof x !== 'object' || Array.isArray(x)) return new Unknown();
  return x as Record<string, unknown>;
}

/** The construct a token string refers to (`restApi.ref` -> the CfnRestApi), if it is a single reference. */
export function referenceTarget(x: unknown): unknown {
  if (typeof x !== 'string' || !Token.isUnresolved(x)) return undefined;
  const fragments = Tokenization.reverseString(x);
  if (fragments.length !== 1) return undefined;
  const token: IResolvable | undefined = fragments.firstToken;
  return token && 'target' in token ? Reflect.get(token, 'target') : undefined;
}
