import { Fact, HOLE, IntegrationFacts, isKnown, knownItems, textOf } from '../facts';
import { q } from '../format';
import { parseRequestKey, parseResponseKey } from '../selection';
import { Finding, one, Rule } from './types';

/**
 * Values that reached the template unchecked: the parts of AWS service URIs, VPC link ids and
 * stage-variable names, cache key parameters, parameter names, TLS server names, selection
 * expressions, status codes, empty sources, duplicate response keys, numbers and lists of the
 * wrong type put into L1 properties, and the EventBridge entries of PutEvents templates.
 */

/** The name grammar REST already enforces on request and response parameter names. */
const NAME = /^[a-zA-Z0-9._$-]+$/;
const STAGE_VARIABLE_NAME = /^[A-Za-z0-9_]+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const SERVICE = /^([A-Za-z0-9-]+\.)*[a-z0-9-]+$/;
const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
/** RFC 1123 host name labels; a leading `*.` label for wildcard certificates. */
const HOST = /^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const CFN_TYPES = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method-integration.html';

/** EventBridge `PutEventsRequestEntry` lengths (characters). */
export const EVENTBRIDGE_ENTRY = { sourceMax: 256, detailTypeMax: 128 };

/** The literal text of a string fact, or `undefined` when any part of it is unresolved. */
function literal(v: Fact<string>): string | undefined {
  const t = textOf(v);
  return t === undefined || t.includes(HOLE) ? undefined : t;
}

const wholeNumbers: Rule = {
  code: 'NumberNotWhole',
  catalogue: ['C21'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['timeoutMs'],
  evidence: {
    says: 'CloudFormation validates properties against the resource schema: "Properties validation failed for resource … #/Integration/TimeoutInMillis: expected type: Integer" (NaN is written as null)',
    source: CFN_TYPES,
  },
  summary: 'the integration timeout is a whole number of milliseconds (not NaN, Infinity or a fraction)',
  check(f) {
    if (typeof f.timeoutMs !== 'number' || Number.isInteger(f.timeoutMs)) return [];
    return one('the timeout must be a whole number of milliseconds', String(f.timeoutMs), 'give a whole number of milliseconds, for example Duration.seconds(10)');
  },
};

const listItems: Rule = {
  code: 'ListItemMissing',
  catalogue: ['C40', 'C99'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  evidence: {
    says: 'CloudFormation validates each list item against the resource schema ("expected type: String, found: Null"): a null item fails the deploy',
    source: CFN_TYPES,
  },
  summary: 'lists (cache key parameters, integration responses, method responses) hold no null items',
  check(f) {
    const lists: Array<[string, Fact<Fact<unknown>[]>]> = [
      ['CacheKeyParameters', f.cacheKeyParameters],
      ['IntegrationResponses', f.integrationResponses],
      ['MethodResponses', f.method?.methodResponses],
    ];
    return lists.filter(([, l]) => isKnown(l) && l.some(x => x === undefined)).map(([name, l]) => ({
      what: `${name} items must be given (a null item is refused)`,
      got: `a list of ${(l as unknown[]).length} with ${(l as unknown[]).filter(x => x === undefined).length} null`,
      fix: 'remove the null items',
    }));
  },
};

/** The parts of an API Gateway service ARN: `arn:{partition}:apigateway:{region}:{subdomain.}{service}:{action|path}/{rest}`. */
function serviceArnParts(uri: string): { region: string; service: string; type: string; rest: string } | undefined {
  const m = /^arn:[^:]*:apigateway:([^:]*):([^:]*):(action|path)\/(.*)$/s.exec(uri);
  return m ? { region: m[1], service: m[2], type: m[3], rest: m[4] } : undefined;
}

const serviceArnParts_: Rule = {
  code: 'ServiceArnPartInvalid',
  catalogue: ['C06'],
  appliesTo: ['REST', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['uri'],
  evidence: {
    says: 'API Gateway calls the endpoint and action the URI names: a Region that is not a Region code, a service or action with spaces or colons, or a path with white space names no endpoint, and every request fails',
    source: 'https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html',
  },
  summary: 'the parts of an AWS service URI are a Region code, a service name (with its subdomain), an action name or a path without white space',
  check(f) {
    if (!isKnown(f.type) || !['AWS', 'AWS_PROXY'].includes(f.type)) return [];
    const uri = textOf(f.uri);
    if (uri === undefined) return [];
    const p = serviceArnParts(uri);
    if (!p) return [];
    const out: Finding[] = [];
    const judged = (s: string) => !s.includes(HOLE);
    if (judged(p.region) && !REGION.test(p.region)) {
      out.push({ what: 'the Region of a service URI must be a Region code such as us-east-1', got: q(p.region), fix: 'give the Region code' });
    }
    if (judged(p.service) && p.service !== '' && !SERVICE.test(p.service)) {
      out.push({ what: 'the service of a service URI is its API Gateway name (sqs, states, dynamodb), optionally after a subdomain', got: q(p.service), fix: 'give the service name without spaces or colons' });
    }
    const action = p.rest.split('?')[0];
    if (p.type === 'action' && judged(action) && action !== '' && !ACTION.test(action)) {
      out.push({ what: 'the action of a service URI is the API action name (SendMessage, PutEvents)', got: q(action), fix: 'give the action name without spaces' });
    }
    if (p.type === 'path' && judged(p.rest) && /\s/.test(p.rest)) {
      out.push({ what: 'the path of a service URI has no white space', got: q(p.rest), fix: 'percent-encode it or remove the white space' });
    }
    return out;
  },
};

const connectionIds: Rule = {
  code: 'ConnectionIdInvalid',
  catalogue: ['C13', 'C18'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['connectionId'],
  evidence: {
    says: 'a private integration sends requests through the VPC link its connection id names; an empty or malformed id, or a ${stageVariables.x} reference whose name no stage variable can have (letters, digits and underscores only), names no VPC link and every request fails',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html',
  },
  summary: 'a connection id is a VPC link id or a ${stageVariables.name} reference to a valid stage-variable name',
  check(f) {
    const id = literal(f.connectionId);
    if (id === undefined) return [];
    const sv = /^\$\{stageVariables\.(.*)\}$/s.exec(id);
    if (sv) {
      return STAGE_VARIABLE_NAME.test(sv[1]) ? [] : one('stage variable names have only letters, digits and underscores', q(sv[1]), 'rename the stage variable');
    }
    if (/^[A-Za-z0-9]+$/.test(id)) return [];
    return one('a connection id is a VPC link id (letters and digits) or a ${stageVariables.name} reference', q(id), 'give the VPC link id');
  },
};

const cacheKeys: Rule = {
  code: 'CacheKeyParameterMalformed',
  catalogue: ['C34'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['cacheKeyParameters'],
  evidence: {
    says: 'cache key parameters name method request parameters (method.request.{location}.{name}); a literal or an empty name keys nothing, so responses are cached across different requests',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  summary: 'cache key parameters are method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name}, never literals or empty names',
  check(f) {
    return knownItems(f.cacheKeyParameters).filter(k => {
      const m = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.*)$/s.exec(k);
      return !m || !NAME.test(m[2]);
    }).map(k => ({ what: 'cache key parameters name method request parameters: method.request.{location}.{name}', got: q(k), fix: 'key the cache on a request parameter (RequestValue.header, querystring or path)' }));
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
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html',
  },
  summary: 'header and query-string names in v2 parameter mappings use the grammar REST enforces: letters, digits and ._$-',
  check(f, kind) {
    return v2Names(f, kind).filter(([, n]) => !n.includes(HOLE) && !NAME.test(n))
      .map(([k, n]) => ({ what: 'parameter names have only letters, digits and ._$- (the grammar REST APIs enforce)', got: `${q(n)} in ${q(k)}`, fix: 'rename the header or query-string parameter' }));
  },
};

const serverName: Rule = {
  code: 'ServerNameInvalid',
  catalogue: ['C64'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['serverNameToVerify'],
  evidence: {
    says: 'API Gateway verifies the back end\'s certificate against this name (SNI); a value that is not a host name matches no certificate, so every request fails the TLS handshake',
    source: 'https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations.html#apis-apiid-integrations-model-tlsconfiginput',
  },
  summary: 'the TLS server name to verify is a host name',
  check(f) {
    const n = literal(f.serverNameToVerify);
    if (n === undefined || (n.length <= 253 && HOST.test(n))) return [];
    return one('the TLS server name to verify is a host name (RFC 1123, optionally *.)', q(n), 'give the host name on the back end\'s certificate');
  },
};

/** True when every `${` is closed by a `}` and no `}` comes without its `${`. */
function balanced(expr: string): boolean {
  let open = false;
  for (let i = 0; i < expr.length; i++) {
    if (expr.startsWith('${', i)) {
      if (open) return false;
      open = true;
      i++;
    } else if (expr[i] === '}' && open) {
      open = false;
    }
  }
  return !open;
}

const selectionSyntax: Rule = {
  code: 'SelectionExpressionMalformed',
  catalogue: ['C90', 'C94'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'warning',
  onlyWhen: ['templateSelectionExpression', 'integrationResponses'],
  evidence: {
    says: 'a selection expression with an unclosed ${ selects no template key: every message falls through to $default or to no template',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-selection-expressions.html',
  },
  summary: 'template selection expressions close every ${…}',
  check(f) {
    const exprs = [literal(f.templateSelectionExpression), ...knownItems(f.integrationResponses).map(r => literal(r.templateSelectionExpression))];
    return exprs.filter((e): e is string => e !== undefined && !balanced(e))
      .map(e => ({ what: 'a selection expression closes every ${…}', got: q(e), fix: 'close the expression, for example "${request.body.action}"' }));
  },
};

/** The static (literal) mappings of HTTP API response parameters: `[status, destination, source]`. */
function staticResponseMappings(f: IntegrationFacts): Array<[string, string | undefined, string]> {
  if (!isKnown(f.responseParameters)) return [];
  return Object.entries(f.responseParameters).flatMap(([code, list]) => knownItems(list)
    .map(m => [code, literal(m.destination), literal(m.source)] as const)
    .filter((m): m is readonly [string, string | undefined, string] => m[2] !== undefined)
    .map(([c, d, s]) => [c, d, s] as [string, string | undefined, string]));
}

const statusOverwrite: Rule = {
  code: 'StatusCodeNotWhole',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['responseParameters'],
  evidence: {
    says: 'overwrite:statuscode sets the status code the client gets; a value that is not a whole number between 100 and 599 is not a status code, so the response cannot be returned as mapped',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html',
  },
  summary: 'a static overwrite:statuscode value is a whole status code 100–599',
  check(f) {
    return staticResponseMappings(f).filter(([, d, s]) => d === 'overwrite:statuscode' && s !== '' && !s.startsWith('$') && !/^[1-5]\d\d$/.test(s))
      .map(([, , s]) => ({ what: 'overwrite:statuscode takes a whole status code between 100 and 599', got: q(s), fix: 'give a status code such as 404' }));
  },
};

const emptySources: Rule = {
  code: 'ResponseParameterSourceEmpty',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['responseParameters'],
  evidence: {
    says: 'a response parameter maps its destination from its source; an empty source gives the header or status code no value, so the mapping does nothing the client can see',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html',
  },
  summary: 'no HTTP API response parameter source is empty',
  check(f) {
    return staticResponseMappings(f).filter(([, , s]) => s === '')
      .map(([c, d]) => ({ what: 'response parameter sources are not empty', got: `an empty source for ${q(d)} (status ${c})`, fix: 'give a value, or remove the mapping' }));
  },
};

const duplicateKeys: Rule = {
  code: 'IntegrationResponseKeyDuplicated',
  catalogue: ['C93'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['integrationResponses'],
  evidence: {
    says: 'CreateIntegrationResponse answers ConflictException when the integration already has a response with that key: the second one fails the deploy',
    source: 'https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations-integrationid-integrationresponses.html',
  },
  summary: 'each integration response key ($default, /regex/) is used once per integration',
  check(f) {
    const keys = knownItems(f.integrationResponses).map(r => literal(r.responseKey)).filter((k): k is string => k !== undefined);
    const dup = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    return dup.map(k => ({ what: 'each integration response key is used once', got: `${q(k)} twice`, fix: 'merge the two responses into one' }));
  },
};

/** A JSON string literal of `field` in a template (`"Source": "shop"`), decoded; `undefined` when VTL or a token makes it dynamic. */
function templateField(template: string, field: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(new RegExp(`"${field}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'gs'))) {
    const raw = m[1];
    if (raw.includes('$') || raw.includes('#') || raw.includes(HOLE)) continue; // VTL or a token: known at run time only
    try {
      out.push(JSON.parse(raw) as string);
    } catch {
      continue;
    }
  }
  return out;
}

const eventBridgeEntries: Rule = {
  code: 'EventBridgeEntryInvalid',
  catalogue: ['C66'],
  appliesTo: ['REST', 'WEBSOCKET'],
  // it deploys: every request is answered 200 and no event arrives (a run-time failure, so a warning)
  severity: 'warning',
  onlyWhen: ['requestTemplates'],
  evidence: {
    says: 'PutEventsRequestEntry: Source is 1 to 256 characters and may not start with the service-reserved "aws."; DetailType is 1 to 128 characters. PutEvents fails such an entry (FailedEntryCount) while the call answers 200, so every request is answered 200 and no event arrives',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html',
  },
  summary: 'the static Source and DetailType of an EventBridge PutEvents template are 1–256 and 1–128 characters, and Source does not start with "aws."',
  check(f) {
    const uri = textOf(f.uri);
    if (uri === undefined || !/:events:action\/PutEvents(\?|$)/.test(uri)) return [];
    const out: Finding[] = [];
    // a template with a token in it (the bus ARN) is judged on its literal text
    const templates = isKnown(f.requestTemplates) ? Object.values(f.requestTemplates).map(textOf).filter((t): t is string => t !== undefined) : [];
    for (const template of templates) {
      for (const s of templateField(template, 'Source')) {
        if (s.length < 1 || s.length > EVENTBRIDGE_ENTRY.sourceMax) out.push({ what: `an event Source has 1 to ${EVENTBRIDGE_ENTRY.sourceMax} characters`, got: `${s.length} characters`, fix: 'name the source' });
        else if (s.startsWith('aws.')) out.push({ what: 'the "aws." Source prefix is reserved for AWS services', got: q(s), fix: 'use your own prefix, for example "com.example.shop"' });
      }
      for (const d of templateField(template, 'DetailType')) {
        if (d.length < 1 || d.length > EVENTBRIDGE_ENTRY.detailTypeMax) out.push({ what: `an event DetailType has 1 to ${EVENTBRIDGE_ENTRY.detailTypeMax} characters`, got: `${d.length} characters`, fix: 'give a detail type of at most 128 characters' });
      }
    }
    return out;
  },
};

/** Rules over values that used to reach the template unchecked. */
export const INPUT_RULES: readonly Rule[] = [
  wholeNumbers, listItems, serviceArnParts_, connectionIds, cacheKeys, v2ParameterNames, serverName, selectionSyntax,
  statusOverwrite, emptySources, duplicateKeys, eventBridgeEntries,
];

/** The rows the typed WebSocket door runs over an integration's responses together (the table judges them one by one). */
export const RESPONSE_SET_RULES: readonly Rule[] = [duplicateKeys];
