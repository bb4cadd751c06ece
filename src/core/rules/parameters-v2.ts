import { HOLE, IntegrationFacts, isKnown, knownEntries, knownItems } from '../facts';
import { q } from '../format';
import { LIMITS } from '../limits';
import { RESERVED_HEADERS, badExpression, isReservedHeader, parseRequestKey, parseResponseKey } from '../selection';
import { CONNECT_ONLY_SOURCE, PARAMETER_NAME, literal } from './shared';
import { HTTP_MAPPING, PUT_INTEGRATION, V2_INTEGRATIONS, WS_MAPPING } from './sources';
import { Finding, Rule } from './types';

/** HTTP and WebSocket API parameter mappings: keys, values, names, reserved headers (C76–C78, C88). */

const requestKey: Rule = {
  code: 'RequestParameterKeyInvalid',
  catalogue: ['C76'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  docs: PUT_INTEGRATION,
  summary: 'request parameter keys are append|overwrite|remove:header.{name}, append|overwrite|remove:querystring.{name} or overwrite:path',
  check(f) {
    // With an unknown type (a patch of an integration outside the app) the keys may be subtype parameters.
    if (f.subtype !== undefined || !isKnown(f.type) || !isKnown(f.requestParameters)) return [];
    return Object.keys(f.requestParameters).filter(k => !parseRequestKey(k)).map(k => ({
      what: 'request parameter keys must be append|overwrite|remove:header.{name}, append|overwrite|remove:querystring.{name} or overwrite:path',
      got: q(k),
      fix: 'use one of these forms (the action and location are lower case)',
    }));
  },
};

const requestValue: Rule = {
  code: 'RequestParameterValueInvalid',
  catalogue: ['C77'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  docs: HTTP_MAPPING,
  evidence: {
    says: 'Documented only: HTTP API request mapping values are static text or $request.header|querystring|body|path, $context or $stageVariables '
      + 'expressions of 1 to 512 characters; no rejection text is recorded',
    source: `${HTTP_MAPPING}; ${V2_INTEGRATIONS}`,
  },
  summary: 'request parameter values are static text or $request.header|querystring|path|body, $context or $stageVariables expressions of 1 to '
    + `${LIMITS.HTTP.mappingValueMaxLength.value} characters`,
  check(f) {
    if (f.subtype !== undefined) return [];
    const max = LIMITS.HTTP.mappingValueMaxLength.value;
    const out: Finding[] = [];
    for (const [k, v] of knownEntries(f.requestParameters)) {
      if (!parseRequestKey(k)) continue;
      const bad = badExpression(v, 'request');
      if (bad) out.push({ what: `the value of ${k} must be static text or a selection expression ($request.header|querystring.x, $request.path[.x], $request.body[.jsonpath], $context.x, $stageVariables.x)`, got: q(bad), fix: 'fix the expression (HTTP APIs have no multi-value sources)' });
      // a remove takes no value: "''" and "" are both used by deployed configurations
      else if (v.length > max || v.length === 0 && !k.startsWith('remove:')) out.push({ what: `request parameter values are 1 to ${max} characters`, got: `${v.length} characters for ${k}`, fix: 'shorten it' });
    }
    return out;
  },
};

function reservedProblem(where: string, name: string): Finding {
  return { what: `reserved headers cannot be mapped in ${where} (${RESERVED_HEADERS.join(', ')})`, got: q(name), fix: 'map another header' };
}

const reservedHeader: Rule = {
  code: 'ReservedHeaderMapped',
  catalogue: ['C78'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['requestParameters', 'responseParameters'],
  docs: HTTP_MAPPING,
  evidence: {
    says: 'Documented: reserved headers (access-control-*, apigw-*, Authorization, Connection, Content-Length, Host-related, x-amz-*, x-amzn-*, …) '
      + 'cannot be used in request or response mappings (no rejection text recorded)',
    source: HTTP_MAPPING,
  },
  summary: 'reserved headers (Authorization, Content-Length, Host-related, x-amz-*, apigw-*, …) are not mapped in requests or responses',
  check(f) {
    const out: Finding[] = [];
    if (f.subtype === undefined && isKnown(f.requestParameters)) {
      for (const k of Object.keys(f.requestParameters)) {
        const p = parseRequestKey(k);
        if (p?.location === 'header' && isReservedHeader(p.name!)) out.push(reservedProblem('requests', p.name!));
      }
    }
    for (const list of Object.values(isKnown(f.responseParameters) ? f.responseParameters : {})) {
      for (const m of knownItems(list)) {
        const p = isKnown(m.destination) ? parseResponseKey(m.destination) : undefined;
        if (p?.location === 'header' && isReservedHeader(p.name!)) out.push(reservedProblem('responses', p.name!));
      }
    }
    return out;
  },
};

/** The parameter name of a v2 request or response parameter key, when it has one. */
function v2Names(f: IntegrationFacts, kind: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const reqKeys = isKnown(f.requestParameters) ? Object.keys(f.requestParameters) : [];
  if (kind === 'HTTP') {
    if (f.subtype !== undefined) return [];
    for (const k of reqKeys) {
      const n = parseRequestKey(k)?.name;
      if (n !== undefined) out.push([k, n]);
    }
    if (isKnown(f.responseParameters)) {
      for (const [, list] of Object.entries(f.responseParameters)) {
        for (const m of knownItems(list)) {
          const dest = literal(m.destination);
          const n = dest === undefined ? undefined : parseResponseKey(dest)?.name;
          if (n !== undefined) out.push([dest!, n]);
        }
      }
    }
  } else {
    for (const k of reqKeys) {
      const m = /^integration\.request\.(header|querystring|path)\.(.+)$/s.exec(k);
      if (m) out.push([k, m[2]]);
    }
    for (const r of knownItems(f.integrationResponses)) {
      if (!isKnown(r.responseParameters)) continue;
      for (const k of Object.keys(r.responseParameters)) {
        const m = /^method\.response\.header\.(.+)$/s.exec(k);
        if (m) out.push([k, m[1]]);
      }
    }
  }
  return out;
}

const v2ParameterNames: Rule = {
  code: 'ParameterNameInvalid',
  catalogue: ['C76', 'C88'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'warning',
  onlyWhen: ['requestParameters', 'responseParameters', 'integrationResponses'],
  evidence: {
    says: 'header and query-string names are HTTP tokens; a name with spaces, quotes or characters outside letters, digits and ._$- cannot be sent as written (REST APIs refuse it), so the mapping breaks the request',
    source: HTTP_MAPPING,
  },
  docs: HTTP_MAPPING,
  summary: 'header and query-string names in v2 parameter mappings use the grammar REST enforces: letters, digits and ._$-',
  check(f, kind) {
    return v2Names(f, kind).filter(([, n]) => !n.includes(HOLE) && !PARAMETER_NAME.test(n))
      .map(([k, n]) => ({ what: 'parameter names have only letters, digits and ._$- (the grammar REST APIs enforce)', got: `${q(n)} in ${q(k)}`, fix: 'rename the header or query-string parameter' }));
  },
};

const WS_REQUEST_KEY = /^integration\.request\.(header|querystring|path)\.[^\s.][^\s]*$/;

const WS_REQUEST_VALUE = [
  CONNECT_ONLY_SOURCE,
  /^route\.request\.body(\.[^\s]+)?$/,
  /^context\.[A-Za-z0-9_.]+$/,
  /^stageVariables\.[A-Za-z0-9_]+$/,
  /^'[^']*'$/s,
];

const requestParameter: Rule = {
  code: 'RequestParameterNotSupported',
  catalogue: ['C88'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  docs: WS_MAPPING,
  evidence: {
    says: 'Documented only: WebSocket integration request parameters map integration.request.header|querystring|path.{name} from route.request.*, '
      + 'context.*, stageVariables.* or a quoted static value; no rejection text is recorded',
    source: WS_MAPPING,
  },
  summary: 'request parameters map integration.request.header|querystring|path.{name} from route.request.*, context.*, stageVariables.* or a quoted '
    + `static value of at most ${LIMITS.WEBSOCKET.mappingValueMaxLength.value} characters`,
  check(f) {
    if (!isKnown(f.requestParameters)) return [];
    const out: Finding[] = [];
    const max = LIMITS.WEBSOCKET.mappingValueMaxLength.value;
    for (const key of Object.keys(f.requestParameters)) {
      if (!WS_REQUEST_KEY.test(key)) {
        out.push({ what: 'request parameter keys must be integration.request.header.{name}, integration.request.querystring.{name} or integration.request.path.{name}', got: q(key), fix: 'rename the destination' });
      }
    }
    for (const [key, value] of knownEntries(f.requestParameters)) {
      if (value.length > max) {
        out.push({ what: `request parameter values must be at most ${max} characters`, got: `${value.length} characters for ${q(key)}`, fix: 'shorten the value, or move it to a request template' });
      } else if (!WS_REQUEST_VALUE.some(r => r.test(value))) {
        out.push({ what: 'WebSocket request parameters take route.request.header|querystring|multivalueheader|multivaluequerystring.{name}, route.request.body.{JSONPath}, context.{variable}, stageVariables.{name} or a quoted \'static\' value', got: `${q(value)} for ${q(key)}`, fix: value.startsWith('route.request.path') ? 'WebSocket routes have no path parameters: map a body field or a $connect query-string parameter instead' : 'use one of these sources (quote static values)' });
      }
    }
    return out;
  },
};

export const V2_PARAMETER_RULES: readonly Rule[] = [
  requestKey, requestValue, reservedHeader, v2ParameterNames, requestParameter,
];
