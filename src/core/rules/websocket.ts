import { ApiKind, Fact, FactMap, IntegrationFacts, IntegrationResponseFacts, isKnown, isPresent, knownEntries, knownItems, Unknown } from '../facts';
import { q } from '../format';
import { LIMITS } from '../limits';
import { Finding, Rule } from './types';

/**
 * Rules that only WebSocket APIs have (C82–C98 beyond the common ones). Integration responses are
 * judged as their own subject (`integrationResponse`): one `AWS::ApiGatewayV2::IntegrationResponse`
 * with the facts of the integration it belongs to.
 */

const PROXY_TYPES = ['AWS_PROXY', 'HTTP_PROXY'];

/** Request parameter sources that exist only on `$connect` (C88). */
export const CONNECT_ONLY_SOURCE = /^route\.request\.(header|querystring|multivalueheader|multivaluequerystring)\.[a-zA-Z0-9._$-]+$/;
const REQUEST_KEY = /^integration\.request\.(header|querystring|path)\.[^\s.][^\s]*$/;
const REQUEST_VALUE = [
  CONNECT_ONLY_SOURCE,
  /^route\.request\.body(\.[^\s]+)?$/,
  /^context\.[A-Za-z0-9_.]+$/,
  /^stageVariables\.[A-Za-z0-9_]+$/,
  /^'[^']*'$/s,
];
const RESPONSE_KEY = /^method\.response\.header\.[^\s.][^\s]*$/;
const RESPONSE_VALUE = [/^integration\.response\.header\.[^\s]+$/, /^integration\.response\.body(\.[^\s$][^\s]*)?$/, /^'[^']*'$/s];

function responsesOf(f: IntegrationFacts): IntegrationResponseFacts[] {
  return knownItems(f.integrationResponses);
}

function isWs(kind: ApiKind): boolean {
  return kind === 'WEBSOCKET';
}

/** A template selection expression: `${...}` references must be among `allowed`, anything else is a static value. */
function badSelectionReferences(expr: string, allowed: readonly RegExp[]): string[] {
  const refs = expr.match(/\$\{[^}]*\}|\$(?!default$)[A-Za-z][\w.]*/g) ?? [];
  return refs.filter(r => !allowed.some(a => a.test(r)));
}

// Payload format (C85) is judged by PayloadFormatVersionNotSupported in http.ts, which covers both v2 kinds.

const httpOnly: Rule = {
  code: 'HttpApiOnlySetting',
  catalogue: ['C87'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  summary: 'HTTP-API-only settings (IntegrationSubtype, TlsConfig, integration-level ResponseParameters) are not set on WebSocket integrations',
  check(f) {
    const set = [
      isPresent(f.subtype) ? 'IntegrationSubtype' : undefined,
      isPresent(f.serverNameToVerify) ? 'TlsConfig' : undefined,
      isPresent(f.responseParameters) ? 'ResponseParameters' : undefined,
    ].filter((x): x is string => x !== undefined);
    if (set.length === 0) return [];
    return [{ what: `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} supported only for HTTP APIs`, got: set.join(', '), fix: 'remove them; WebSocket integrations shape responses with integration responses (AWS::ApiGatewayV2::IntegrationResponse)' }];
  },
};

const requestParameter: Rule = {
  code: 'RequestParameterNotSupported',
  catalogue: ['C88'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  summary: 'request parameters map integration.request.header|querystring|path.{name} from route.request.*, context.*, stageVariables.* or a quoted static value of at most 512 characters',
  check(f) {
    if (!isKnown(f.requestParameters)) return [];
    const out: Finding[] = [];
    const max = LIMITS.WEBSOCKET.mappingValueMaxLength.value;
    for (const key of Object.keys(f.requestParameters)) {
      if (!REQUEST_KEY.test(key)) {
        out.push({ what: 'request parameter keys must be integration.request.header.{name}, integration.request.querystring.{name} or integration.request.path.{name}', got: q(key), fix: 'rename the destination' });
      }
    }
    for (const [key, value] of knownEntries(f.requestParameters)) {
      if (value.length > max) {
        out.push({ what: `request parameter values must be at most ${max} characters`, got: `${value.length} characters for ${q(key)}`, fix: 'shorten the value, or move it to a request template' });
      } else if (!REQUEST_VALUE.some(r => r.test(value))) {
        out.push({ what: 'WebSocket request parameters take route.request.header|querystring|multivalueheader|multivaluequerystring.{name}, route.request.body.{JSONPath}, context.{variable}, stageVariables.{name} or a quoted \'static\' value', got: `${q(value)} for ${q(key)}`, fix: value.startsWith('route.request.path') ? 'WebSocket routes have no path parameters: map a body field or a $connect query-string parameter instead' : 'use one of these sources (quote static values)' });
      }
    }
    return out;
  },
};

const connectOnly: Rule = {
  code: 'RequestParameterSourceNotOnConnect',
  catalogue: ['C88'],
  appliesTo: ['WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['routeKeys'],
  summary: 'header and query-string sources (route.request.header|querystring.*) are mapped only on the $connect route',
  check(f) {
    const keys = knownItems(f.routeKeys).filter(k => k !== '$connect');
    if (keys.length === 0) return [];
    return knownEntries(f.requestParameters).filter(([, v]) => CONNECT_ONLY_SOURCE.test(v)).map(([key, v]) => ({
      what: 'headers and query strings exist only on the $connect request of a WebSocket connection: on other routes the mapped value is empty',
      got: `${q(v)} for ${q(key)} on route ${q(keys[0])}`,
      fix: 'map it on the $connect route, or take the value from the message body (RequestValue.bodyPath) or the context',
    }));
  },
};

function templateSizes(templates: Fact<FactMap<string>>, what: string): Finding[] {
  const max = LIMITS.WEBSOCKET.mappingTemplateMaxBytes.value;
  return knownEntries(templates).filter(([, t]) => Buffer.byteLength(t, 'utf8') > max).map(([key, t]) => ({
    what: `each ${what} template must be at most ${max} bytes`,
    got: `${Buffer.byteLength(t, 'utf8')} bytes for ${q(key)}`,
    fix: 'shorten the template (move logic to the back end)',
  }));
}

const templateSize: Rule = {
  code: 'MappingTemplateTooLarge',
  catalogue: ['C89', 'C27'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'error',
  summary: 'each WebSocket request or response template is at most 32768 characters',
  check(f) {
    if (f.subject === 'integration') return templateSizes(f.requestTemplates, 'request');
    return responsesOf(f).flatMap(r => templateSizes(r.responseTemplates, 'response'));
  },
};

const templateKeys: Rule = {
  code: 'TemplateSelectionKeyInvalid',
  catalogue: ['C89'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['requestTemplates'],
  summary: 'request templates are keyed by a template selection key with a letter or digit ($default, a content type, a selected value)',
  check(f) {
    if (!isKnown(f.requestTemplates)) return [];
    return Object.keys(f.requestTemplates).filter(k => !/[a-zA-Z0-9]/.test(k)).map(k => ({
      what: 'request templates must be keyed by a template selection key: "$default", a content type or a value the template selection expression selects (CloudFormation\'s pattern [a-zA-Z0-9]+)',
      got: q(k),
      fix: 'name the key, for example "$default"',
    }));
  },
};

const templateSelection: Rule = {
  code: 'TemplateSelectionExpressionNotSupported',
  catalogue: ['C90'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['templateSelectionExpression'],
  summary: 'an integration\'s template selection expression is ${request.body.jsonPath} or a static value',
  check(f) {
    if (!isKnown(f.templateSelectionExpression)) return [];
    const bad = badSelectionReferences(f.templateSelectionExpression, [/^\$\{request\.body\.[^}]+\}$/, /^\$request\.body\.[\w.]+$/]);
    if (bad.length === 0) return [];
    return [{ what: 'integration template selection expressions support only ${request.body.jsonPath} and static values', got: q(f.templateSelectionExpression), fix: 'select on a body field, for example "${request.body.action}", or use a static key such as "\\$default"' }];
  },
};

const responseOnProxy: Rule = {
  code: 'IntegrationResponseOnProxy',
  catalogue: ['C92'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'warning',
  summary: 'integration responses belong to non-proxy integrations (AWS, HTTP, MOCK) only',
  check(f) {
    if (!isKnown(f.type) || !PROXY_TYPES.includes(f.type)) return [];
    return [{ what: 'proxy integrations return the back end\'s payload as it is: integration responses on them are never used', got: `an integration response on a ${q(f.type)} integration`, fix: 'remove the integration response, or use a non-proxy (AWS or HTTP) integration with templates' }];
  },
};

/** True when `key` is `$default` or a slash-wrapped regular expression that compiles. */
function validResponseKey(key: string): boolean {
  if (key === '$default') return true;
  const m = /^\/(.+)\/$/s.exec(key);
  if (!m) return false;
  try {
    new RegExp(m[1]);
    return true;
  } catch {
    return false;
  }
}

const responseKey: Rule = {
  code: 'IntegrationResponseKeyInvalid',
  catalogue: ['C93', 'C97'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'error',
  summary: 'an integration response key is $default or a regular expression wrapped in slashes (/4\\d{2}/)',
  check(f) {
    return responsesOf(f).flatMap((r): Finding[] => {
      if (r.responseKey === undefined) return [{ what: 'an integration response needs a key', got: 'nothing', fix: 'use "$default" or a slash-wrapped regular expression such as "/4\\d{2}/"' }];
      if (!isKnown(r.responseKey) || validResponseKey(r.responseKey)) return [];
      const fix = /^\d{3}$/.test(r.responseKey) ? `wrap it in slashes: "/${r.responseKey}/"` : 'use "$default" or a valid regular expression wrapped in slashes, such as "/4\\d{2}/"';
      return [{ what: 'integration response keys are "$default" or a regular expression wrapped in slashes', got: q(r.responseKey), fix }];
    });
  },
};

const responseSelection: Rule = {
  code: 'ResponseTemplateSelectionExpressionNotSupported',
  catalogue: ['C94'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'error',
  summary: 'a response template selection expression uses ${integration.response.statuscode|header.x|multivalueheader.x}, ${request.body.jsonPath} or static values',
  check(f) {
    const allowed = [
      /^\$\{request\.body\.[^}]+\}$/, /^\$\{integration\.response\.(statuscode|header\.[^}]+|multivalueheader\.[^}]+)\}$/,
      /^\$integration\.response\.statuscode$/, /^\$request\.body\.[\w.]+$/,
    ];
    const bad = (r: IntegrationResponseFacts) =>
      isKnown(r.templateSelectionExpression) && badSelectionReferences(r.templateSelectionExpression, allowed).length > 0;
    return responsesOf(f).filter(bad).map(r => ({
      what: 'response template selection expressions support ${integration.response.statuscode}, ${integration.response.header.name}, '
        + '${integration.response.multivalueheader.name}, ${request.body.jsonPath} and static values',
      got: q(r.templateSelectionExpression),
      fix: 'use one of these references',
    }));
  },
};

const responseParameter: Rule = {
  code: 'ResponseParameterNotSupported',
  catalogue: ['C95'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'error',
  summary: 'integration response parameters map method.response.header.{name} from integration.response.header.{name}, integration.response.body.{expression} or a quoted static value',
  check(f) {
    const out: Finding[] = [];
    for (const r of responsesOf(f)) {
      if (!isKnown(r.responseParameters)) continue;
      for (const key of Object.keys(r.responseParameters)) {
        if (!RESPONSE_KEY.test(key)) out.push({ what: 'response parameter keys must be method.response.header.{name}', got: q(key), fix: 'rename the destination' });
      }
      for (const [key, v] of knownEntries(r.responseParameters)) {
        if (!RESPONSE_VALUE.some(x => x.test(v))) out.push({ what: 'response parameter values are integration.response.header.{name}, integration.response.body.{expression} or a quoted \'static\' value', got: `${q(v)} for ${q(key)}`, fix: 'use one of these sources (quote static values)' });
      }
    }
    return out;
  },
};

const notReturned: Rule = {
  code: 'IntegrationResponseNotReturned',
  catalogue: ['C96'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'warning',
  summary: 'an integration response reaches the client only when its route is two-way (route response selection expression $default and a $default route response)',
  check(f, kind) {
    if (!isWs(kind) || f.returnsResponse !== false) return [];
    return [{ what: 'the integration response never reaches the client: a route serving the integration is one-way', got: `route ${q(knownItems(f.routeKeys)[0] ?? 'unknown')} without a route response`, fix: 'make the route two-way (addRoute(key, { integration, returnResponse: true }), or RouteResponseSelectionExpression "$default" and a "$default" RouteResponse)' }];
  },
};

const notDeclared: Rule = {
  code: 'RouteRequestParameterNotDeclared',
  catalogue: ['C88'],
  appliesTo: ['WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['routeRequestParameters'],
  summary: 'header and query-string sources are declared in the $connect route\'s RequestParameters (mappings read only declared route request parameters)',
  check(f) {
    if (!isKnown(f.routeRequestParameters)) return [];
    const declared = f.routeRequestParameters;
    return knownEntries(f.requestParameters).filter(([, v]) => CONNECT_ONLY_SOURCE.test(v) && !(v in declared)).map(([key, v]) => ({
      what: 'integration request parameters are mapped from the route\'s declared request parameters',
      got: `${q(v)} for ${q(key)}, not declared on the route`,
      fix: `declare it on the $connect route: RequestParameters {"${v}": {"Required": false}} (this library's integrations do it for you)`,
    }));
  },
};

const responseMissing: Rule = {
  code: 'IntegrationResponseMissing',
  catalogue: ['C92', 'C96'],
  appliesTo: ['WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['returnsResponse'],
  summary: 'a non-proxy integration on a two-way route has a $default integration response (otherwise unmatched responses never reach the client)',
  check(f) {
    if (f.returnsResponse !== true || !isKnown(f.type) || PROXY_TYPES.includes(f.type) || !isKnown(f.integrationResponses)) return [];
    const keys = f.integrationResponses.map(r => (isKnown(r) ? r.responseKey : new Unknown()));
    if (keys.some(k => k === '$default' || k instanceof Unknown)) return [];
    return [{
      what: 'a two-way route returns a non-proxy integration\'s result only through a matching integration response',
      got: keys.length === 0 ? 'no integration response' : `keys ${keys.map(k => q(k)).join(', ')} without "$default"`,
      fix: 'add a $default integration response (WebSocketApiIntegrationResponseKey.DEFAULT)',
    }];
  },
};

/** Rules that only WebSocket APIs have. */
const integrationsQuota: Rule = {
  code: 'IntegrationsPerApiAboveDefaultQuota',
  catalogue: ['C98'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['api'],
  severity: 'warning',
  onlyWhen: ['integrationCount'],
  summary: 'a WebSocket API has at most 300 integrations unless AWS Support raises the quota',
  check(f) {
    const max = LIMITS.WEBSOCKET.integrationsPerApi.value;
    if (f.integrationCount === undefined || f.integrationCount <= max) return [];
    return [{
      what: `WebSocket APIs have at most ${max} integrations by default (raised only through AWS Support)`,
      got: `${f.integrationCount} integrations`,
      fix: 'have the quota raised before deploying, then acknowledge this warning; or share integrations between routes',
    }];
  },
};

export const WEBSOCKET_RULES: readonly Rule[] = [
  httpOnly, requestParameter, connectOnly, notDeclared, templateSize, templateKeys, templateSelection,
  responseOnProxy, responseKey, responseSelection, responseParameter, notReturned, responseMissing, integrationsQuota,
];
