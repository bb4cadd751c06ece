import { BROKEN, GOOD, MOCK, WS_MOCK } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/vtl.ts. */
export const VTL_CASES: RuleCase[] = [
  // TemplateSyntaxError — C26 (deploys; every request selecting the template fails with 500)
  { code: 'TemplateSyntaxError', name: 'a request template with a broken #set', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': BROKEN } }, fails: true, mentions: '"application/json" does not parse (line 3, column' },
  { code: 'TemplateSyntaxError', name: 'a response template with an #if and no #end', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '#if($a)\nx' } }] }, fails: true, mentions: 'response template of "200"' },
  { code: 'TemplateSyntaxError', name: 'a WebSocket request template', kind: 'WEBSOCKET', facts: { ...WS_MOCK, requestTemplates: { $default: '#foreach($a in)\n#end' } }, fails: true, mentions: 'line 1' },
  { code: 'TemplateSyntaxError', name: 'a WebSocket integration response template', kind: 'WEBSOCKET', facts: { subject: 'integrationResponse', integrationResponses: [{ responseKey: '$default', responseTemplates: { $default: '#set($a = )' } }] }, fails: true, mentions: 'response template of "$default"' },
  { code: 'TemplateSyntaxError', name: 'templates that parse', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': GOOD, 'text/plain': new Unknown() }, integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '#if($a)x#{else}y#end' } }] }, fails: false },
  { code: 'TemplateSyntaxError', name: 'a WebSocket template that parses', kind: 'WEBSOCKET', facts: { ...WS_MOCK, requestTemplates: { $default: '{"statusCode": 200}' } }, fails: false },
  // TemplateParameterUndeclared — C30
  { code: 'TemplateParameterUndeclared', name: "$input.params('page') the method does not declare", kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': "{\"page\": \"$input.params('page')\"}" }, method: { requestParameters: { 'method.request.querystring.size': false } } }, fails: true, mentions: "$input.params('page') (line 1)" },
  { code: 'TemplateParameterUndeclared', name: 'declared querystring, header and path parameters', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': "$input.params('page') $input.params('X-Id') $input.params('id')" }, method: { resourcePath: '/items/{id}', requestParameters: { 'method.request.querystring.page': false, 'method.request.header.x-id': true } } }, fails: false },
  { code: 'TemplateParameterUndeclared', name: 'no method facts (nothing to compare with)', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': "$input.params('page')" } }, fails: false },
  // TemplateContextVariableUnknown — C26
  { code: 'TemplateContextVariableUnknown', name: '$context.sourceIp (it is $context.identity.sourceIp)', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '"$context.sourceIp"' } }, fails: true, mentions: '$context.sourceIp' },
  { code: 'TemplateContextVariableUnknown', name: '$context.identity.ip in a WebSocket template', kind: 'WEBSOCKET', facts: { ...WS_MOCK, requestTemplates: { $default: '$context.identity.ip' } }, fails: true, mentions: '$context.identity.ip' },
  { code: 'TemplateContextVariableUnknown', name: 'documented variables and overrides', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '$context.requestId $context.identity.sourceIp $context.authorizer.claims.sub #set($context.requestOverride.header.x = 1)' } }, fails: false },
  // TemplateUtilFunctionUnknown — C26
  { code: 'TemplateUtilFunctionUnknown', name: "AppSync's $util.toJson", kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '$util.toJson($input.path(\'$\'))' } }] }, fails: true, mentions: '$util.toJson' },
  { code: 'TemplateUtilFunctionUnknown', name: 'the six documented functions', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '$util.escapeJavaScript($util.urlDecode($util.urlEncode($util.base64Decode($util.base64Encode("x"))))) $util.parseJson("{}")' } }, fails: false },
];
