/**
 * What can be seen in a template without running it: syntax errors (with line and column),
 * and the `$context`, `$util` and `$input.params('x')` names it uses.
 */
import { parseTemplate } from './engine';
import { UTIL_FUNCTIONS } from './util';

/** A syntax error: 1-based line and column, and velocityjs's description. */
export interface SyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The first syntax error of a template, or `undefined` when it parses. */
export function syntaxProblem(template: string): SyntaxProblem | undefined {
  const parsed = parseTemplate(template);
  if (parsed.error !== undefined) {
    type Hash = { loc?: { first_line?: number; first_column?: number }; line?: number; expected?: string[]; token?: string };
    const err = parsed.error as { message?: string; hash?: Hash };
    const loc = err.hash?.loc;
    const line = loc?.first_line ?? (err.hash?.line ?? 0) + 1;
    const column = (loc?.first_column ?? 0) + 1;
    const expected = err.hash?.expected?.slice(0, 4).map(x => x.replace(/'/g, '')).join(', ');
    const message = expected ? `expected ${expected}, got ${err.hash?.token ?? 'something else'}` : (err.message ?? 'parse error').split('\n')[0];
    return { line, column, message };
  }
  return unbalancedBlocks(template);
}

/** `#if` / `#foreach` / `#macro` / `#define` without their `#end`, or an `#end` too many. */
function unbalancedBlocks(template: string): SyntaxProblem | undefined {
  const text = template.replace(/#\*[\s\S]*?\*#/g, m => m.replace(/[^\n]/g, ' ')).replace(/##[^\n]*/g, m => ' '.repeat(m.length));
  const open: Array<{ line: number; column: number; name: string }> = [];
  const re = /(?<!\\)#\{?(if|foreach|macro|define|end)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    if (m[1] !== 'end') open.push({ line, column, name: m[1] });
    else if (!open.pop()) return { line, column, message: '#end without a matching #if, #foreach, #macro or #define' };
  }
  const last = open.pop();
  return last ? { line: last.line, column: last.column, message: `#${last.name} has no #end` } : undefined;
}

/** The `$context` variables API Gateway documents (REST and WebSocket), as dotted names or prefixes. */
export const CONTEXT_NAMES = [
  'accountId', 'apiId', 'authorizer', 'awsEndpointRequestId', 'awsEndpointRequestId2', 'customDomain', 'deploymentId',
  'domainName', 'domainPrefix', 'error', 'extendedRequestId', 'httpMethod', 'identity', 'isCanaryRequest', 'path',
  'protocol', 'requestId', 'requestOverride', 'responseOverride', 'requestTime', 'requestTimeEpoch', 'resourceId',
  'resourcePath', 'stage', 'wafResponseCode', 'webaclArn',
  // WebSocket
  'connectedAt', 'connectionId', 'eventType', 'messageId', 'routeKey', 'messageDirection', 'disconnectStatusCode', 'disconnectReason', 'status',
];

/** `identity` sub-names. */
export const IDENTITY_NAMES = [
  'accountId', 'apiKey', 'apiKeyId', 'caller', 'clientCert', 'cognitoAuthenticationProvider', 'cognitoAuthenticationType',
  'cognitoIdentityId', 'cognitoIdentityPoolId', 'principalOrgId', 'sourceIp', 'user', 'userAgent', 'userArn', 'vpcId', 'vpceId',
];

/** A name a template uses: where it is and what it is. */
export interface UsedName {
  readonly name: string;
  readonly line: number;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** `$context.x` (and `$context.identity.y`) names that API Gateway does not have. */
export function unknownContextNames(template: string): UsedName[] {
  const out: UsedName[] = [];
  const re = /\$!?\{?context\.([A-Za-z_][\w]*)(?:\.([A-Za-z_][\w]*))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template)) !== null) {
    if (!CONTEXT_NAMES.includes(m[1])) out.push({ name: `$context.${m[1]}`, line: lineOf(template, m.index) });
    else if (m[1] === 'identity' && m[2] && !IDENTITY_NAMES.includes(m[2])) out.push({ name: `$context.identity.${m[2]}`, line: lineOf(template, m.index) });
  }
  return out;
}

/** `$util.x` names that API Gateway does not have. */
export function unknownUtilNames(template: string): UsedName[] {
  const out: UsedName[] = [];
  const re = /\$!?\{?util\.([A-Za-z_]\w*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template)) !== null) {
    if (!(UTIL_FUNCTIONS as readonly string[]).includes(m[1])) out.push({ name: `$util.${m[1]}`, line: lineOf(template, m.index) });
  }
  return out;
}

/** The names read with `$input.params('x')` (literal names only). */
export function paramNames(template: string): UsedName[] {
  const out: UsedName[] = [];
  const re = /\$!?\{?input\.params\(\s*(['"])([^'"$]+)\1\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template)) !== null) out.push({ name: m[2], line: lineOf(template, m.index) });
  return out;
}
