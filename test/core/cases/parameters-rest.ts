import { HTTP, MOCK } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/parameters-rest.ts. */
export const PARAMETERS_REST_CASES: RuleCase[] = [
  // RequestParameterKeyInvalid — C28
  { code: 'RequestParameterKeyInvalid', name: 'a method.request key', kind: 'REST', facts: { ...HTTP, requestParameters: { 'method.request.header.x': 'method.request.header.x' } }, fails: true, mentions: 'integration.request' },
  { code: 'RequestParameterKeyInvalid', name: 'a body key', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.body': "'x'" } }, fails: true },
  { code: 'RequestParameterKeyInvalid', name: 'header, querystring and path keys', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.header.X-Id': "'1'", 'integration.request.querystring.q': "'1'", 'integration.request.path.id': "'1'" } }, fails: false },
  // RequestParameterSourceInvalid — C29, C38
  { code: 'RequestParameterSourceInvalid', name: 'an unquoted literal', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.header.x': 'test-value' } }, fails: true, mentions: "'test-value'" },
  { code: 'RequestParameterSourceInvalid', name: 'a partial stage variable', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.header.x': 'prefix-${stageVariables.env}' } }, fails: true, mentions: 'whole value' },
  { code: 'RequestParameterSourceInvalid', name: 'a JSONPath with "$"', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.header.x': 'method.request.body.$.id' } }, fails: true, mentions: 'method.request.body.id' },
  { code: 'RequestParameterSourceInvalid', name: 'an HTTP API expression', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.header.x': '$request.header.x' } }, fails: true },
  {
    code: 'RequestParameterSourceInvalid',
    name: 'every source kind',
    kind: 'REST',
    facts: {
      ...HTTP,
      requestParameters: {
        'integration.request.header.a': 'method.request.multivalueheader.a',
        'integration.request.header.b': 'method.request.body.order.id',
        'integration.request.header.c': 'context.requestId',
        'integration.request.header.d': 'stageVariables.env',
        'integration.request.header.e': "'application/json'",
        'integration.request.header.f': 'method.request.body',
        'integration.request.header.g': new Unknown(),
      },
    },
    fails: false,
  },
  // MethodRequestParameterUndeclared — C30
  { code: 'MethodRequestParameterUndeclared', name: 'a path source the method does not declare', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.path.object': 'method.request.path.page' }, method: { requestParameters: {} } }, fails: true, mentions: 'method.request.path.page' },
  { code: 'MethodRequestParameterUndeclared', name: 'a method with no request parameters', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.header.x': 'method.request.multivalueheader.x' }, method: {} }, fails: true, mentions: 'method.request.header.x' },
  { code: 'MethodRequestParameterUndeclared', name: 'a declared source', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.header.b': 'method.request.body' }, method: { requestParameters: { 'method.request.path.id': true } } }, fails: false },
  { code: 'MethodRequestParameterUndeclared', name: 'no method facts (judged at bind)', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.path.id': 'method.request.path.id' } }, fails: false },
  // MethodRequestParameterKeyInvalid — C31
  { code: 'MethodRequestParameterKeyInvalid', name: 'the key "paths"', kind: 'REST', facts: { ...MOCK, method: { requestParameters: { paths: true } } }, fails: true, mentions: '"paths"' },
  { code: 'MethodRequestParameterKeyInvalid', name: 'a querystring key', kind: 'REST', facts: { ...MOCK, method: { requestParameters: { 'method.request.querystring.q': false } } }, fails: false },
  // MethodRequestParameterNameNotUnique — C32
  { code: 'MethodRequestParameterNameNotUnique', name: 'id in querystring and header', kind: 'REST', facts: { ...MOCK, method: { requestParameters: { 'method.request.querystring.id': true, 'method.request.header.id': true } } }, fails: true, mentions: '"id"' },
  { code: 'MethodRequestParameterNameNotUnique', name: 'distinct names', kind: 'REST', facts: { ...MOCK, method: { requestParameters: { 'method.request.querystring.id': true, 'method.request.header.key': true } } }, fails: false },
  // MethodPathParameterNotInPath — C30, C31 (a misspelled path parameter deploys and is always empty)
  { code: 'MethodPathParameterNotInPath', name: 'a misspelled path parameter', kind: 'REST', facts: { ...HTTP, uri: 'https://example.com/{id}', requestParameters: { 'integration.request.path.id': 'method.request.path.idd' }, method: { resourcePath: '/items/{id}', requestParameters: { 'method.request.path.idd': true } } }, fails: true, mentions: '{id}' },
  { code: 'MethodPathParameterNotInPath', name: 'a declaration alone, on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { resourcePath: '/items', requestParameters: { 'method.request.path.id': true } } }, fails: true, mentions: 'method.request.path.id' },
  { code: 'MethodPathParameterNotInPath', name: 'the path\'s own and greedy parameters', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.path.rest': 'method.request.path.proxy' }, method: { resourcePath: '/items/{id}/{proxy+}', requestParameters: { 'method.request.path.id': true, 'method.request.path.proxy': true } } }, fails: false },
  { code: 'MethodPathParameterNotInPath', name: 'an unknown resource path', kind: 'REST', facts: { ...HTTP, method: { resourcePath: new Unknown(), requestParameters: { 'method.request.path.id': true } } }, fails: false },
  { code: 'MethodRequestParameterNameNotUnique', name: 'q in query string and header on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { requestParameters: { 'method.request.querystring.q': true, 'method.request.header.q': false } } }, fails: true, mentions: '"q"' },
];
