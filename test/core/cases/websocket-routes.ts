import { response } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/websocket-routes.ts. */
export const WEBSOCKET_ROUTES_CASES: RuleCase[] = [
  // RequestParameterSourceNotOnConnect — C88
  { code: 'RequestParameterSourceNotOnConnect', name: 'a header source on sendMessage', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: ['sendMessage'], requestParameters: { 'integration.request.header.a': 'route.request.header.a' } }, fails: true, mentions: 'sendMessage' },
  { code: 'RequestParameterSourceNotOnConnect', name: 'a query-string source on $default and $connect', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: ['$connect', '$default'], requestParameters: { 'integration.request.querystring.a': 'route.request.multivaluequerystring.a' } }, fails: true },
  { code: 'RequestParameterSourceNotOnConnect', name: 'a header source on $connect', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: ['$connect'], requestParameters: { 'integration.request.header.a': 'route.request.header.a' } }, fails: false },
  { code: 'RequestParameterSourceNotOnConnect', name: 'an unknown route key', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: [new Unknown()], requestParameters: { 'integration.request.header.a': 'route.request.header.a' } }, fails: false },
  { code: 'RequestParameterSourceNotOnConnect', name: 'a body source on sendMessage', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: ['sendMessage'], requestParameters: { 'integration.request.header.a': 'route.request.body.a' } }, fails: false },
  // RouteRequestParameterNotDeclared — C88 (warning)
  { code: 'RouteRequestParameterNotDeclared', name: 'a query-string source the route does not declare', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: ['$connect'], routeRequestParameters: {}, requestParameters: { 'integration.request.header.t': 'route.request.querystring.token' } }, fails: true, mentions: 'Required' },
  { code: 'RouteRequestParameterNotDeclared', name: 'a declared source', kind: 'WEBSOCKET', facts: { type: 'HTTP', routeKeys: ['$connect'], routeRequestParameters: { 'route.request.querystring.token': false }, requestParameters: { 'integration.request.header.t': 'route.request.querystring.token' } }, fails: false },
  { code: 'RouteRequestParameterNotDeclared', name: 'routes not known', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.t': 'route.request.querystring.token' } }, fails: false },
  // IntegrationResponseMissing — C92, C96 (warning)
  { code: 'IntegrationResponseMissing', name: 'a two-way HTTP route without responses', kind: 'WEBSOCKET', facts: { type: 'HTTP', returnsResponse: true, integrationResponses: [] }, fails: true, mentions: '$default' },
  { code: 'IntegrationResponseMissing', name: 'only a /4\\d{2}/ response', kind: 'WEBSOCKET', facts: { type: 'MOCK', returnsResponse: true, integrationResponses: [{ responseKey: '/4\\d{2}/' }] }, fails: true },
  { code: 'IntegrationResponseMissing', name: 'a $default response', kind: 'WEBSOCKET', facts: { type: 'MOCK', returnsResponse: true, integrationResponses: [{ responseKey: '$default' }] }, fails: false },
  { code: 'IntegrationResponseMissing', name: 'a proxy', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', returnsResponse: true, integrationResponses: [] }, fails: false },
  { code: 'IntegrationResponseMissing', name: 'a one-way route', kind: 'WEBSOCKET', facts: { type: 'HTTP', returnsResponse: false, integrationResponses: [] }, fails: false },
  // IntegrationResponseNotReturned — C96 (warning)
  { code: 'IntegrationResponseNotReturned', name: 'a one-way route', kind: 'WEBSOCKET', facts: { ...response({ responseKey: '$default' }), routeKeys: ['echo'], returnsResponse: false }, fails: true, mentions: 'returnResponse' },
  { code: 'IntegrationResponseNotReturned', name: 'a two-way route', kind: 'WEBSOCKET', facts: { ...response({ responseKey: '$default' }), routeKeys: ['echo'], returnsResponse: true }, fails: false },
  { code: 'IntegrationResponseNotReturned', name: 'routes not known', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }), fails: false },
];
