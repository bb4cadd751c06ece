import { Fact, HOLE, IntegrationFacts, IntegrationResponseFacts, MethodResponseFacts, isKnown, knownItems, textOf } from '../facts';

/** The grammar and fact readers the rule files share (CONSTRAINTS.md C28–C47, C88). INTERNAL. */

/** Parameter, header and variable names (C29). */
export const NAME = '[a-zA-Z0-9._$-]+';
export const REQUEST_KEY = new RegExp(`^integration\\.request\\.(path|querystring|header)\\.${NAME}$`);
export const METHOD_SOURCE = new RegExp(`^method\\.request\\.(path|querystring|header|multivaluequerystring|multivalueheader)\\.(${NAME})$`);
export const METHOD_PARAM_KEY = new RegExp(`^method\\.request\\.(path|querystring|header)\\.(${NAME})$`);
export const RESPONSE_KEY = new RegExp(`^method\\.response\\.header\\.${NAME}$`);
export const STAGE_VARIABLE = /^stageVariables\.[A-Za-z0-9_]+$/;
export const CONTEXT = new RegExp(`^context\\.${NAME}$`);
export const QUOTED = /^'[^']*'$/s;
export const MIME = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+*-]+(\s*;.*)?$/;
export const STATUS = /^[1-5]\d\d$/;

/** The name grammar REST already enforces on request and response parameter names. */
export const PARAMETER_NAME = new RegExp(`^${NAME}$`);

/** Request parameter sources that exist only on `$connect` (C88). */
export const CONNECT_ONLY_SOURCE = new RegExp(`^route\\.request\\.(header|querystring|multivalueheader|multivaluequerystring)\\.${NAME}$`);
export const PROXY_TYPES = ['AWS_PROXY', 'HTTP_PROXY'];

export function knownType(f: IntegrationFacts): string | undefined {
  return isKnown(f.type) ? f.type : undefined;
}

export function isProxy(f: IntegrationFacts): boolean {
  const t = knownType(f);
  return t !== undefined && PROXY_TYPES.includes(t);
}

export function isVpcLink(f: IntegrationFacts): boolean {
  return f.connectionType === 'VPC_LINK';
}

/** A Lambda proxy: AWS_PROXY without a subtype (HTTP APIs). */
export function isLambdaProxy(f: IntegrationFacts): boolean {
  return f.type === 'AWS_PROXY' && f.subtype === undefined;
}

/** The literal text of a string fact, or `undefined` when any part of it is unresolved. */
export function literal(v: Fact<string>): string | undefined {
  const t = textOf(v);
  return t === undefined || t.includes(HOLE) ? undefined : t;
}

export function responses(f: IntegrationFacts): IntegrationResponseFacts[] {
  return knownItems(f.integrationResponses);
}

/** Known method responses, or `undefined` when the method or its responses cannot be judged. */
export function methodResponses(f: IntegrationFacts): MethodResponseFacts[] | undefined {
  if (!f.method) return undefined;
  const mr = f.method.methodResponses;
  if (mr === undefined) return [];
  if (!isKnown(mr) || mr.some(r => !isKnown(r))) return undefined;
  return knownItems(mr);
}

/** Declared method request parameter keys, or `undefined` when the method cannot be judged. */
export function declaredParams(f: IntegrationFacts): Set<string> | undefined {
  if (!f.method) return undefined;
  const rp = f.method.requestParameters;
  if (rp === undefined) return new Set();
  if (!isKnown(rp)) return undefined;
  return new Set(Object.keys(rp));
}

/** The declaration a `method.request.*` source needs: multi-value sources use the single-value declaration. */
export function declarationOf(source: string): string | undefined {
  const m = METHOD_SOURCE.exec(source);
  if (!m) return undefined;
  const location = m[1].replace(/^multivalue/, '');
  return `method.request.${location}.${m[2]}`;
}

export function isDeclared(declared: Set<string>, source: string): boolean {
  const need = declarationOf(source);
  return need === undefined || declared.has(need) || declared.has(source);
}
