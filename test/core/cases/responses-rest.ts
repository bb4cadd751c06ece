import { LAMBDA_URI, MOCK } from './fixtures';
import { RuleCase } from './types';

/** Cases for src/core/rules/responses-rest.ts. */
export const RESPONSES_REST_CASES: RuleCase[] = [
  // ProxyResponseMappingIgnored — C36 (warning)
  { code: 'ProxyResponseMappingIgnored', name: 'integration responses on AWS_PROXY', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI, integrationResponses: [{ statusCode: '200' }] }, fails: true, mentions: 'integration responses' },
  { code: 'ProxyResponseMappingIgnored', name: 'request templates on HTTP_PROXY', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', requestTemplates: { 'application/json': '{}' } }, fails: true },
  { code: 'ProxyResponseMappingIgnored', name: 'request parameters on a proxy', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', requestParameters: { 'integration.request.header.x': "'1'" } }, fails: false },
  // StatusCodeInvalid — C42, C40
  { code: 'StatusCodeInvalid', name: 'an integration response "wrong"', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: 'wrong' }] }, fails: true, mentions: '"wrong"' },
  { code: 'StatusCodeInvalid', name: 'a method response "600"', kind: 'REST', facts: { ...MOCK, method: { methodResponses: [{ statusCode: '600' }] } }, fails: true },
  { code: 'StatusCodeInvalid', name: 'a missing status code', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ selectionPattern: '4\\d\\d' }] }, fails: true },
  { code: 'StatusCodeInvalid', name: '200 and 404', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200' }, { statusCode: '404' }] }, fails: false },
  // ResponseStatusCodeDuplicated — C40
  { code: 'ResponseStatusCodeDuplicated', name: 'two identical integration responses for 500', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '500' }, { statusCode: '500' }] }, fails: true, mentions: '"500" twice' },
  { code: 'ResponseStatusCodeDuplicated', name: 'two different integration responses for 500 (deploys: ResponseStatusCodeRepeated warns)', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '500' }, { statusCode: '500', selectionPattern: '5\\d{2}' }] }, fails: false },
  // ResponseStatusCodeRepeated — C40
  { code: 'ResponseStatusCodeRepeated', name: 'two different integration responses for 500', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '500' }, { statusCode: '500', selectionPattern: '5\\d{2}' }] }, fails: true, mentions: 'two different' },
  { code: 'ResponseStatusCodeRepeated', name: 'one integration response per status code', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200' }, { statusCode: '500', selectionPattern: '5\\d{2}' }] }, fails: false },
  { code: 'ResponseStatusCodeDuplicated', name: 'two method responses for 200', kind: 'REST', facts: { ...MOCK, method: { methodResponses: [{ statusCode: '200' }, { statusCode: '200' }] } }, fails: true },
  { code: 'ResponseStatusCodeDuplicated', name: '200 and 500, once each', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200' }, { statusCode: '500' }], method: { methodResponses: [{ statusCode: '200' }, { statusCode: '500' }] } }, fails: false },
  // MethodResponseMissing — C43
  { code: 'MethodResponseMissing', name: 'a 201 with no method response', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '201' }], method: { methodResponses: [{ statusCode: '200' }] } }, fails: true, mentions: '"201"' },
  { code: 'MethodResponseMissing', name: 'a method with no method responses', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200' }], method: {} }, fails: true },
  { code: 'MethodResponseMissing', name: 'a proxy, which ignores integration responses', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', integrationResponses: [{ statusCode: '201' }], method: {} }, fails: false },
  { code: 'MethodResponseMissing', name: 'matching method responses', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200' }], method: { methodResponses: [{ statusCode: '200' }] } }, fails: false },
  // ResponseParameterUndeclared: a header mapping with no method response of its status code is refused at deploy
  { code: 'ResponseParameterUndeclared', name: 'a header mapped for a status code with no method response', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '201', responseParameters: { 'method.response.header.X': "'1'" } }], method: { methodResponses: [{ statusCode: '200' }] } }, fails: true, mentions: 'method.response.header.X' },
  // ResponseParameterUndeclared — C44
  {
    code: 'ResponseParameterUndeclared',
    name: 'a CORS header the method response does not declare',
    kind: 'REST',
    facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" } }], method: { methodResponses: [{ statusCode: '200' }] } },
    fails: true,
    mentions: 'Access-Control-Allow-Origin',
  },
  {
    code: 'ResponseParameterUndeclared',
    name: 'a declared header',
    kind: 'REST',
    facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X': "'1'" } }], method: { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X': true } }] } },
    fails: false,
  },
  // ResponseParameterInvalid — C44, C45
  { code: 'ResponseParameterInvalid', name: 'an unquoted "*"', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.A': '*' } }] }, fails: true, mentions: "'*'" },
  { code: 'ResponseParameterInvalid', name: 'a body key', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.body': "'x'" } }] }, fails: true },
  { code: 'ResponseParameterInvalid', name: 'header, body path and context sources', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.A': 'integration.response.header.A', 'method.response.header.B': 'integration.response.body.id', 'method.response.header.C': 'context.requestId' } }] }, fails: false },
  // MethodResponseParameterInvalid — C47
  { code: 'MethodResponseParameterInvalid', name: 'a method.response.body key', kind: 'REST', facts: { ...MOCK, method: { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.body.x': true } }] } }, fails: true },
  { code: 'MethodResponseParameterInvalid', name: 'a header key', kind: 'REST', facts: { ...MOCK, method: { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.x': true } }] } }, fails: false },
];
