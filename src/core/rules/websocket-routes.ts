import { ApiKind, Unknown, isKnown, knownEntries, knownItems } from '../facts';
import { q } from '../format';
import { CONNECT_ONLY_SOURCE, PROXY_TYPES } from './shared';
import { WS_INTEGRATION_RESPONSES, WS_MAPPING } from './sources';
import { Rule } from './types';

/** What a WebSocket route does with its integration: $connect-only sources, declared route parameters, two-way routes (C88, C92, C96). */

const connectOnly: Rule = {
  code: 'RequestParameterSourceNotOnConnect',
  catalogue: ['C88'],
  appliesTo: ['WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['routeKeys'],
  docs: WS_MAPPING,
  evidence: {
    says: 'Documented only: header and query-string values exist on the $connect request of a WebSocket connection; no rejection of such a mapping on '
      + 'another route is recorded (the value is simply absent there)',
    source: WS_MAPPING,
  },
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

const notDeclared: Rule = {
  code: 'RouteRequestParameterNotDeclared',
  catalogue: ['C88'],
  appliesTo: ['WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['routeRequestParameters'],
  docs: WS_MAPPING,
  evidence: {
    says: 'Documented setup declares header and query-string sources in the $connect route\'s RequestParameters before mapping them; undeclared, '
      + 'the integration cannot rely on receiving the value',
    source: `${WS_MAPPING}; https://repost.aws/knowledge-center/api-gateway-vpc-link-integration`,
  },
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

function isWs(kind: ApiKind): boolean {
  return kind === 'WEBSOCKET';
}

const notReturned: Rule = {
  code: 'IntegrationResponseNotReturned',
  catalogue: ['C96'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'warning',
  docs: WS_INTEGRATION_RESPONSES,
  evidence: {
    says: 'Deploys, but integration responses reach the client only on two-way routes (route response selection expression $default and a $default '
      + 'route response); on a one-way route the client gets nothing back',
    source: WS_INTEGRATION_RESPONSES,
  },
  summary: 'an integration response reaches the client only when its route is two-way (route response selection expression $default and a $default route response)',
  check(f, kind) {
    if (!isWs(kind) || f.returnsResponse !== false) return [];
    return [{ what: 'the integration response never reaches the client: a route serving the integration is one-way', got: `route ${q(knownItems(f.routeKeys)[0] ?? 'unknown')} without a route response`, fix: 'make the route two-way (addRoute(key, { integration, returnResponse: true }), or RouteResponseSelectionExpression "$default" and a "$default" RouteResponse)' }];
  },
};

const responseMissing: Rule = {
  code: 'IntegrationResponseMissing',
  catalogue: ['C92', 'C96'],
  appliesTo: ['WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['returnsResponse'],
  docs: WS_INTEGRATION_RESPONSES,
  evidence: {
    says: 'Deploys, but a two-way route returns a non-proxy integration\'s result only through a matching integration response: without a $default '
      + 'one, results that match no key never reach the client',
    source: WS_INTEGRATION_RESPONSES,
  },
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

export const WEBSOCKET_ROUTE_RULES: readonly Rule[] = [
  connectOnly, notDeclared, notReturned, responseMissing,
];
