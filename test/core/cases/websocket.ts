import { RuleCase } from './types';
import { IntegrationResponseFacts, Unknown } from '../../../src/core/facts';

const R = 'integrationResponse' as const;

function response(r: IntegrationResponseFacts, type = 'MOCK') {
  return { subject: R, type, integrationResponses: [r] };
}

/** Cases for src/core/rules/websocket.ts. */
export const WEBSOCKET_CASES: RuleCase[] = [
  // PayloadFormatVersionNotSupported — C85
  { code: 'PayloadFormatVersionNotSupported', name: '2.0', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', payloadFormatVersion: '2.0' }, fails: true, mentions: '1.0' },
  { code: 'PayloadFormatVersionNotSupported', name: '1.0', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', payloadFormatVersion: '1.0' }, fails: false },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', payloadFormatVersion: '2.0' }, fails: false },

  // HttpApiOnlySetting — C87
  { code: 'HttpApiOnlySetting', name: 'a subtype and TLS config', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', subtype: 'SQS-SendMessage', serverNameToVerify: 'example.com' }, fails: true, mentions: 'IntegrationSubtype, TlsConfig' },
  { code: 'HttpApiOnlySetting', name: 'integration-level response parameters', kind: 'WEBSOCKET', facts: { type: 'HTTP', responseParameters: {} }, fails: true },
  { code: 'HttpApiOnlySetting', name: 'none of them', kind: 'WEBSOCKET', facts: { type: 'HTTP' }, fails: false },

  // RequestParameterNotSupported — C88
  { code: 'RequestParameterNotSupported', name: 'a path source', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.id': 'route.request.path.id' } }, fails: true, mentions: 'no path parameters' },
  { code: 'RequestParameterNotSupported', name: 'an HTTP API style value', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.id': '$request.body.id' } }, fails: true },
  { code: 'RequestParameterNotSupported', name: 'a bad destination', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'append:header.id': 'context.connectionId' } }, fails: true, mentions: 'append:header.id' },
  { code: 'RequestParameterNotSupported', name: 'a value over 512 characters', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.x': `'${'a'.repeat(600)}'` } }, fails: true, mentions: '512' },
  {
    code: 'RequestParameterNotSupported',
    name: 'every supported source',
    kind: 'WEBSOCKET',
    facts: {
      type: 'HTTP',
      requestParameters: {
        'integration.request.header.a': 'route.request.header.a',
        'integration.request.querystring.b': 'route.request.body.order.id',
        'integration.request.header.c': 'context.connectionId',
        'integration.request.header.d': 'stageVariables.env',
        'integration.request.header.e': '\'static\'',
        'integration.request.header.f': new Unknown(),
      },
    },
    fails: false,
  },

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

  // TemplateSelectionKeyInvalid — C89
  { code: 'TemplateSelectionKeyInvalid', name: 'an empty template key', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { '': '{}' } }, fails: true, mentions: '""' },
  { code: 'TemplateSelectionKeyInvalid', name: '$default and a selected value', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: '{}', join: '{}' } }, fails: false },

  // MappingTemplateTooLarge — C89
  { code: 'MappingTemplateTooLarge', name: 'a 40000-character request template', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: 'x'.repeat(40_000) } }, fails: false },
  { code: 'MappingTemplateTooLarge', name: 'a request template over 300 KB', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: 'x'.repeat(310_000) } }, fails: true, mentions: '307200 bytes' },
  { code: 'MappingTemplateTooLarge', name: 'a 40000-character response template', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseTemplates: { $default: 'x'.repeat(310_000) } }), fails: true },
  { code: 'MappingTemplateTooLarge', name: 'a small template', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: '{"statusCode": 200}' } }, fails: false },

  // TemplateSelectionExpressionNotSupported — C90
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a header reference', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.header.type}' }, fails: true },
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a response reference on the integration', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${integration.response.statuscode}' }, fails: true },
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a body reference', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.body.action}' }, fails: false },
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a static value', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '\\$default' }, fails: false },

  // PassthroughBehaviorNotSupported — C91
  { code: 'PassthroughBehaviorNotSupported', name: 'a misspelt value', kind: 'WEBSOCKET', facts: { type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCHES' }, fails: true },
  { code: 'PassthroughBehaviorNotSupported', name: 'NEVER', kind: 'WEBSOCKET', facts: { type: 'MOCK', passthroughBehavior: 'NEVER' }, fails: false },

  // ContentHandlingNotSupported — C91, C95
  { code: 'ContentHandlingNotSupported', name: 'a misspelt strategy', kind: 'WEBSOCKET', facts: { type: 'MOCK', contentHandling: 'CONVERT_TO_JSON' }, fails: true },
  { code: 'ContentHandlingNotSupported', name: 'a misspelt response strategy', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', contentHandling: 'TEXT' }), fails: true },
  { code: 'ContentHandlingNotSupported', name: 'CONVERT_TO_TEXT', kind: 'WEBSOCKET', facts: { type: 'MOCK', contentHandling: 'CONVERT_TO_TEXT' }, fails: false },

  // IntegrationResponseOnProxy — C92
  { code: 'IntegrationResponseOnProxy', name: 'a response on AWS_PROXY', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }, 'AWS_PROXY'), fails: true, mentions: 'AWS_PROXY' },
  { code: 'IntegrationResponseOnProxy', name: 'a response on HTTP', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }, 'HTTP'), fails: false },

  // IntegrationResponseKeyInvalid — C93
  { code: 'IntegrationResponseKeyInvalid', name: 'a bare status code', kind: 'WEBSOCKET', facts: response({ responseKey: '404' }), fails: true, mentions: '/404/' },
  { code: 'IntegrationResponseKeyInvalid', name: 'a regex that does not compile', kind: 'WEBSOCKET', facts: response({ responseKey: '/4(\\d/' }), fails: true },
  { code: 'IntegrationResponseKeyInvalid', name: 'no key', kind: 'WEBSOCKET', facts: response({}), fails: true },
  { code: 'IntegrationResponseKeyInvalid', name: '$default', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }), fails: false },
  { code: 'IntegrationResponseKeyInvalid', name: '/4\\d{2}/', kind: 'WEBSOCKET', facts: response({ responseKey: '/4\\d{2}/' }), fails: false },

  // ResponseTemplateSelectionExpressionNotSupported — C94
  { code: 'ResponseTemplateSelectionExpressionNotSupported', name: 'a querystring reference', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', templateSelectionExpression: '${request.querystring.x}' }), fails: true },
  { code: 'ResponseTemplateSelectionExpressionNotSupported', name: 'the status code', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', templateSelectionExpression: '${integration.response.statuscode}' }), fails: false },

  // ResponseParameterNotSupported — C95
  { code: 'ResponseParameterNotSupported', name: 'a request source', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseParameters: { 'method.response.header.x': 'route.request.body.x' } }), fails: true },
  { code: 'ResponseParameterNotSupported', name: 'an HTTP API destination', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseParameters: { 'append:header.x': '\'v\'' } }), fails: true },
  { code: 'ResponseParameterNotSupported', name: 'a header and a static value', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseParameters: { 'method.response.header.x': 'integration.response.header.x', 'method.response.header.y': '\'v\'' } }), fails: false },

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

  // IntegrationsPerApiAboveDefaultQuota — C98 (warning; subject api)
  { code: 'IntegrationsPerApiAboveDefaultQuota', name: '301 integrations', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 301, routeCount: 301 }, fails: true, mentions: 'AWS Support' },
  { code: 'IntegrationsPerApiAboveDefaultQuota', name: '300 integrations', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 300, routeCount: 300 }, fails: false },
];
