/**
 * The HTTP API selection-expression grammar of parameter mapping (C59, C76–C79): which keys and
 * which values the service accepts. Values are either static text or selection expressions,
 * written whole (`$request.header.x`) or embedded in text with braces (`Bearer ${request.header.x}`).
 * INTERNAL.
 */

/** A JSONPath after `body.`: no recursive descent, no filters (C59, C77). */
function jsonPathOk(path: string): boolean {
  return path.length > 0 && !path.startsWith('.') && !path.includes('..') && !path.includes('?(');
}

const NAME = '[^\\s{}$]+';
const CONTEXT = '[A-Za-z0-9_.]+';
const STAGE_VARIABLE = '[A-Za-z0-9_]+';

/** Sources (without the `$`) each place accepts. */
export type SourceSet = 'request' | 'subtype' | 'response';

const SOURCES: Record<SourceSet, RegExp[]> = {
  request: [
    new RegExp(`^request\\.(header|querystring)\\.${NAME}$`),
    new RegExp(`^request\\.path(\\.${NAME})?$`),
    /^request\.body$/,
    /^request\.body\.(.+)$/,
    new RegExp(`^context\\.${CONTEXT}$`),
    new RegExp(`^stageVariables\\.${STAGE_VARIABLE}$`),
  ],
  subtype: [
    new RegExp(`^request\\.(header|querystring|path)\\.${NAME}$`),
    /^request\.body$/,
    /^request\.body\.(.+)$/,
    new RegExp(`^context\\.${CONTEXT}$`),
    new RegExp(`^stageVariables\\.${STAGE_VARIABLE}$`),
  ],
  response: [
    new RegExp(`^response\\.header\\.${NAME}$`),
    /^response\.body$/,
    /^response\.body\.(.+)$/,
    new RegExp(`^context\\.${CONTEXT}$`),
    new RegExp(`^stageVariables\\.${STAGE_VARIABLE}$`),
  ],
};

function sourceOk(source: string, set: SourceSet): boolean {
  for (const re of SOURCES[set]) {
    const m = re.exec(source);
    if (!m) continue;
    // A body JSONPath is the one capture group of the body patterns.
    return source.includes('.body.') ? jsonPathOk(source.slice(source.indexOf('.body.') + 6)) : true;
  }
  return false;
}

/**
 * The first selection expression in `value` the service would refuse, or `undefined` when every
 * expression is valid (static text is always valid).
 */
export function badExpression(value: string, set: SourceSet): string | undefined {
  if (value.startsWith('$') && !value.startsWith('${')) {
    return sourceOk(value.slice(1), set) ? undefined : value;
  }
  let i = value.indexOf('${');
  while (i >= 0) {
    const end = value.indexOf('}', i);
    if (end < 0) return value.slice(i);
    const inner = value.slice(i + 2, end);
    if (!sourceOk(inner, set)) return value.slice(i, end + 1);
    i = value.indexOf('${', end);
  }
  return undefined;
}

/** True for a JSON object or array literal, which the service refuses as a mapping source (C59). */
export function isJsonLiteral(value: string): boolean {
  const t = value.trim();
  if (!(t.startsWith('{') && t.endsWith('}')) && !(t.startsWith('[') && t.endsWith(']'))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return t.startsWith('{"') || t.startsWith('[');
  }
}

/** Request parameter keys of non-subtype HTTP API integrations (C76). */
const REQUEST_KEY = /^(append|overwrite|remove):(header|querystring)\.(.+)$/;

/** The parsed key, or `undefined` when the service refuses it. */
export function parseRequestKey(key: string): { action: string; location: string; name?: string } | undefined {
  if (key === 'overwrite:path') return { action: 'overwrite', location: 'path' };
  const m = REQUEST_KEY.exec(key);
  if (!m || /\s/.test(m[3])) return undefined;
  return { action: m[1], location: m[2], name: m[3] };
}

/** Response parameter keys (C79): `append|overwrite|remove:header.{name}` or `overwrite:statuscode`. */
export function parseResponseKey(key: string): { action: string; location: string; name?: string } | undefined {
  if (key === 'overwrite:statuscode') return { action: 'overwrite', location: 'statuscode' };
  const m = /^(append|overwrite|remove):header\.(.+)$/.exec(key);
  if (!m || /\s/.test(m[2])) return undefined;
  return { action: m[1], location: 'header', name: m[2] };
}

/** HTTP API reserved headers (C78), lower case; the `*` entries are prefixes. */
export const RESERVED_HEADERS: readonly string[] = [
  'access-control-*', 'apigw-*', 'authorization', 'connection', 'content-encoding', 'content-length',
  'content-location', 'forwarded', 'keep-alive', 'origin', 'proxy-authenticate', 'proxy-authorization', 'te',
  'trailers', 'transfer-encoding', 'upgrade', 'x-amz-*', 'x-amzn-*', 'x-forwarded-for', 'x-forwarded-host',
  'x-forwarded-proto', 'via',
];

/** True when the header may not be mapped (C78). */
export function isReservedHeader(name: string): boolean {
  const n = name.toLowerCase();
  return RESERVED_HEADERS.some(r => (r.endsWith('*') ? n.startsWith(r.slice(0, -1)) : n === r));
}
