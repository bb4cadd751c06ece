/**
 * How API Gateway runs a REST integration around its templates: which request template a
 * request selects (content type, passthrough behaviour), how `requestParameters` /
 * `responseParameters` map values, and which integration response a back-end answer selects.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
 */
import { evaluatePath } from './jsonpath';
import { parseJsonValue, printTop } from './values';

/** The integration of a `CfnMethod` after `stack.resolve`, tokens flattened to text. */
export interface ResolvedIntegration {
  readonly type?: string;
  readonly uri?: string;
  readonly passthroughBehavior?: string;
  readonly requestTemplates?: Record<string, string>;
  readonly requestParameters?: Record<string, string>;
  readonly integrationResponses?: ResolvedResponse[];
}

export interface ResolvedResponse {
  readonly statusCode: string;
  readonly selectionPattern?: string;
  readonly responseTemplates?: Record<string, string>;
  readonly responseParameters?: Record<string, string>;
}

/**
 * CloudFormation intrinsics as readable text that VTL leaves alone (`{Ref:Table}`, `{GetAtt:Table.Arn}`,
 * `{Token}`), so templates with tokens stay strings.
 */
export function flatten(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(flatten);
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'Ref') return `{Ref:${String(o.Ref)}}`;
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt') return `{GetAtt:${(o['Fn::GetAtt'] as unknown[]).map(String).join('.')}}`;
  if (keys.length === 1 && keys[0] === 'Fn::Join') {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return (flatten(parts) as unknown[]).map(p => (typeof p === 'string' ? p : '{Token}')).join(sep);
  }
  if (keys.length === 1 && keys[0].startsWith('Fn::')) return '{Token}';
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = flatten(o[k]);
  return out;
}

/** What the request template choice came to. */
export interface TemplateChoice {
  /** The template's key, when one was selected. */
  readonly key?: string;
  /** 415 Unsupported Media Type, when the passthrough behaviour refuses the request. */
  readonly rejected: boolean;
}

/**
 * The request template a content type selects. A request without a Content-Type is treated as
 * `application/json`; media types compare case-insensitively and without parameters.
 */
export function chooseRequestTemplate(
  templates: Record<string, string>, contentType: string | undefined, passthrough: string | undefined,
): TemplateChoice {
  const wanted = (contentType ?? 'application/json').split(';')[0].trim().toLowerCase();
  const keys = Object.keys(templates);
  const key = keys.find(k => k.toLowerCase() === wanted);
  if (key !== undefined) return { key, rejected: false };
  const behaviour = (passthrough ?? 'WHEN_NO_MATCH').toUpperCase();
  if (behaviour === 'NEVER') return { rejected: true };
  if (behaviour === 'WHEN_NO_TEMPLATES' && keys.length > 0) return { rejected: true };
  return { rejected: false };
}

/** The response template for the request's `Accept`: that type, else `application/json`, else the first. */
export function chooseResponseTemplate(templates: Record<string, string>, accept: string | undefined): string | undefined {
  const keys = Object.keys(templates);
  if (keys.length === 0) return undefined;
  const wanted = (accept ?? '').split(',').map(s => s.split(';')[0].trim().toLowerCase());
  return keys.find(k => wanted.includes(k.toLowerCase())) ?? keys.find(k => k.toLowerCase() === 'application/json') ?? keys[0];
}

/**
 * The integration response a back-end answer selects: the first whose selection pattern matches
 * the whole of `selector` (the status code, or a Lambda function's error message), else the one
 * without a pattern (the default). A Lambda function that succeeded (no selector) gets the default.
 */
export function selectResponse(responses: readonly ResolvedResponse[], selector: string | undefined): ResolvedResponse | undefined {
  const matched = responses.find(r => {
    if (!r.selectionPattern || selector === undefined) return false;
    try {
      return new RegExp(`^(?:${r.selectionPattern})$`).test(selector);
    } catch {
      return false;
    }
  });
  return matched ?? responses.find(r => !r.selectionPattern);
}

/** Where mapping sources read from. */
export interface MappingSources {
  readonly method: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string>; body: string };
  readonly integration?: { header: Record<string, string>; body: string };
  readonly context: Record<string, string>;
  readonly stageVariables: Record<string, string>;
}

function caseless(m: Record<string, string>, name: string): string | undefined {
  const k = Object.keys(m).find(x => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : m[k];
}

function bodyPart(body: string, path: string | undefined): string | undefined {
  if (path === undefined) return body;
  const root = parseJsonValue(body);
  if (root === undefined) return undefined;
  const v = evaluatePath(root, `$.${path}`);
  return v === undefined ? undefined : typeof v === 'object' && v !== null ? JSON.stringify(v) : printTop(v);
}

/** The value of one mapping source (`method.request.header.x`, `'static'`, `context.requestId`…), or `undefined`. */
export function mapSource(source: string, from: MappingSources): string | undefined {
  if (/^'.*'$/s.test(source)) return source.slice(1, -1);
  let m = /^method\.request\.(header|multivalueheader|querystring|multivaluequerystring|path)\.(.+)$/.exec(source);
  if (m) {
    const where = m[1].replace('multivalue', '') as 'header' | 'querystring' | 'path';
    return where === 'header' ? caseless(from.method.header, m[2]) : from.method[where][m[2]];
  }
  m = /^method\.request\.body(?:\.(.+))?$/.exec(source);
  if (m) return bodyPart(from.method.body, m[1]);
  m = /^integration\.response\.(?:multivalue)?header\.(.+)$/.exec(source);
  if (m) return from.integration ? caseless(from.integration.header, m[1]) : undefined;
  m = /^integration\.response\.body(?:\.(.+))?$/.exec(source);
  if (m) return from.integration ? bodyPart(from.integration.body, m[1]) : undefined;
  m = /^context\.(.+)$/.exec(source);
  if (m) return from.context[m[1]];
  m = /^stageVariables\.(.+)$/.exec(source);
  if (m) return from.stageVariables[m[1]];
  return undefined;
}

/** Applies `prefix.<where>.<name>: source` mappings; returns header / querystring / path maps. */
export function mapParameters(
  mappings: Record<string, string> | undefined, prefix: string, from: MappingSources,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = { header: {}, querystring: {}, path: {} };
  for (const [key, source] of Object.entries(mappings ?? {})) {
    const m = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(header|querystring|path|multivalueheader|multivaluequerystring)\\.(.+)$`).exec(key);
    if (!m || typeof source !== 'string') continue;
    const value = mapSource(source, from);
    if (value !== undefined) out[m[1].replace('multivalue', '')][m[2]] = value;
  }
  return out;
}
