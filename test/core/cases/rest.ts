import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';
const ALB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188';
const HTTP = { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com' };
const MOCK = { type: 'MOCK' };

/** Cases for src/core/rules/rest.ts. */
export const REST_CASES: RuleCase[] = [
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

  // UriPlaceholderNotMapped — C33
  { code: 'UriPlaceholderNotMapped', name: 'an unmapped {id}', kind: 'REST', facts: { ...HTTP, uri: 'https://example.com/items/{id}' }, fails: true, mentions: 'integration.request.path.id' },
  { code: 'UriPlaceholderNotMapped', name: 'an unmapped greedy {proxy+}', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'https://example.com/{proxy+}', requestParameters: {} }, fails: true, mentions: 'integration.request.path.proxy' },
  { code: 'UriPlaceholderNotMapped', name: 'a mapped {id} and a stage variable', kind: 'REST', facts: { ...HTTP, uri: 'https://${stageVariables.host}/items/{id}', requestParameters: { 'integration.request.path.id': 'method.request.path.id' } }, fails: false },
  { code: 'UriPlaceholderNotMapped', name: 'an unmapped AWS service path', kind: 'REST', facts: { type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:s3:path/{bucket}/{key}', requestParameters: { 'integration.request.path.bucket': "'b'" } }, fails: true, mentions: '"{key}"' },
  { code: 'UriPlaceholderNotMapped', name: 'an AWS action', kind: 'REST', facts: { type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:sqs:action/SendMessage' }, fails: false },

  // CacheKeyParameterInvalid — C34, C40
  { code: 'CacheKeyParameterInvalid', name: 'an undeclared cache key', kind: 'REST', facts: { ...HTTP, cacheKeyParameters: ['method.request.querystring.q'], method: { requestParameters: {} } }, fails: true, mentions: 'Invalid cache key parameter specified' },
  { code: 'CacheKeyParameterInvalid', name: 'a repeated cache key', kind: 'REST', facts: { ...HTTP, cacheKeyParameters: ['method.request.path.id', 'method.request.path.id'] }, fails: true, mentions: 'unique' },
  { code: 'CacheKeyParameterInvalid', name: 'a declared cache key', kind: 'REST', facts: { ...HTTP, cacheKeyParameters: ['method.request.path.id'], method: { requestParameters: { 'method.request.path.id': true } } }, fails: false },

  // ProxyResponseMappingIgnored — C36 (warning)
  { code: 'ProxyResponseMappingIgnored', name: 'integration responses on AWS_PROXY', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI, integrationResponses: [{ statusCode: '200' }] }, fails: true, mentions: 'integration responses' },
  { code: 'ProxyResponseMappingIgnored', name: 'request templates on HTTP_PROXY', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', requestTemplates: { 'application/json': '{}' } }, fails: true },
  { code: 'ProxyResponseMappingIgnored', name: 'request parameters on a proxy', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', requestParameters: { 'integration.request.header.x': "'1'" } }, fails: false },

  // TlsSkipVerificationNotHttp — C23
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on an AWS integration', kind: 'REST', facts: { type: 'AWS', insecureSkipVerification: true }, fails: true, mentions: '"AWS"' },
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on MOCK', kind: 'REST', facts: { type: 'MOCK', insecureSkipVerification: true }, fails: true },
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on HTTP_PROXY', kind: 'REST', facts: { type: 'HTTP_PROXY', insecureSkipVerification: true }, fails: false },
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on an integration of unknown type', kind: 'REST', facts: { type: new Unknown(), insecureSkipVerification: true }, fails: false },
  { code: 'TlsSkipVerificationNotHttp', name: 'verification kept on an AWS integration', kind: 'REST', facts: { type: 'AWS', insecureSkipVerification: false }, fails: false },

  // TlsVerificationSkipped — C23
  { code: 'TlsVerificationSkipped', name: 'skipping TLS verification', kind: 'REST', facts: { type: 'HTTP', insecureSkipVerification: true }, fails: true, mentions: 'insecureSkipVerification true' },
  { code: 'TlsVerificationSkipped', name: 'TLS verification kept', kind: 'REST', facts: { type: 'HTTP', insecureSkipVerification: false }, fails: false },
  { code: 'TlsVerificationSkipped', name: 'no TLS config', kind: 'REST', facts: { type: 'HTTP' }, fails: false },

  // ResponseTransferModeNotSupported — C22
  { code: 'ResponseTransferModeNotSupported', name: 'STREAM on AWS', kind: 'REST', facts: { type: 'AWS', responseTransferMode: 'STREAM' }, fails: true, mentions: 'AWS_PROXY and HTTP_PROXY' },
  { code: 'ResponseTransferModeNotSupported', name: 'a misspelt mode', kind: 'REST', facts: { type: 'AWS_PROXY', responseTransferMode: 'STREAMING' }, fails: true },
  { code: 'ResponseTransferModeNotSupported', name: 'STREAM on AWS_PROXY', kind: 'REST', facts: { type: 'AWS_PROXY', responseTransferMode: 'STREAM' }, fails: false },

  // PassthroughBehaviorNotSupported — C24
  { code: 'PassthroughBehaviorNotSupported', name: 'a misspelt behavior', kind: 'REST', facts: { ...MOCK, passthroughBehavior: 'WHEN_NO_MATCHES' }, fails: true },
  { code: 'PassthroughBehaviorNotSupported', name: 'NEVER', kind: 'REST', facts: { ...MOCK, passthroughBehavior: 'NEVER' }, fails: false },

  // ContentHandlingNotSupported — C25
  { code: 'ContentHandlingNotSupported', name: 'a misspelt response content handling', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', contentHandling: 'CONVERT_TO_JSON' }] }, fails: true, mentions: 'CONVERT_TO_JSON' },
  { code: 'ContentHandlingNotSupported', name: 'CONVERT_TO_TEXT', kind: 'REST', facts: { ...MOCK, contentHandling: 'CONVERT_TO_TEXT' }, fails: false },

  // TemplateContentTypeInvalid — C26
  { code: 'TemplateContentTypeInvalid', name: 'a request template keyed "123"', kind: 'REST', facts: { ...MOCK, requestTemplates: { 123: '{}' } }, fails: true, mentions: '"123"' },
  { code: 'TemplateContentTypeInvalid', name: 'a response template keyed "json"', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseTemplates: { json: '{}' } }] }, fails: true },
  { code: 'TemplateContentTypeInvalid', name: 'MIME keys', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{}', 'application/x-www-form-urlencoded; charset=UTF-8': '' } }, fails: false },

  // TemplateTooLarge — C27
  { code: 'TemplateTooLarge', name: 'a 301 KB template', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': 'x'.repeat(301 * 1024) } }, fails: true },
  { code: 'TemplateTooLarge', name: 'a 300 KB template', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': 'x'.repeat(300 * 1024) } }, fails: false },

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
  // LambdaPermissionMissing — C11 (the readers set lambdaPermissionFound only for a function of the app without credentials)
  { code: 'LambdaPermissionMissing', name: 'a function of the app with no permission', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI, lambdaPermissionFound: false }, fails: true, mentions: 'Invalid permissions' },
  { code: 'LambdaPermissionMissing', name: 'a function with a permission', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI, lambdaPermissionFound: true }, fails: false },
  // VpcLinkV1TargetNotNlb — C16 (the readers list the app's non-NLB load balancers a VPC link v1 targets)
  { code: 'VpcLinkV1TargetNotNlb', name: 'an ALB behind a VPC link v1', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc123', vpcLinkVersion: 'V1', vpcLinkV1NonNlbTargets: ['App/Alb/Resource'] }, fails: true, mentions: 'Application Load Balancer' },
  { code: 'VpcLinkV1TargetNotNlb', name: 'an NLB behind a VPC link v1', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc123', vpcLinkVersion: 'V1' }, fails: false },
  // MethodPathParameterNotInPath — C30, C31 (a misspelled path parameter deploys and is always empty)
  { code: 'MethodPathParameterNotInPath', name: 'a misspelled path parameter', kind: 'REST', facts: { ...HTTP, uri: 'https://example.com/{id}', requestParameters: { 'integration.request.path.id': 'method.request.path.idd' }, method: { resourcePath: '/items/{id}', requestParameters: { 'method.request.path.idd': true } } }, fails: true, mentions: '{id}' },
  { code: 'MethodPathParameterNotInPath', name: 'a declaration alone, on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { resourcePath: '/items', requestParameters: { 'method.request.path.id': true } } }, fails: true, mentions: 'method.request.path.id' },
  { code: 'MethodPathParameterNotInPath', name: 'the path\'s own and greedy parameters', kind: 'REST', facts: { ...HTTP, requestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.path.rest': 'method.request.path.proxy' }, method: { resourcePath: '/items/{id}/{proxy+}', requestParameters: { 'method.request.path.id': true, 'method.request.path.proxy': true } } }, fails: false },
  { code: 'MethodPathParameterNotInPath', name: 'an unknown resource path', kind: 'REST', facts: { ...HTTP, method: { resourcePath: new Unknown(), requestParameters: { 'method.request.path.id': true } } }, fails: false },
  // methods without an integration are judged on their own declarations (PutMethod)
  { code: 'MethodHttpMethodInvalid', name: 'an invalid verb on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { httpMethod: 'FETCH' } }, fails: true, mentions: '"FETCH"' },
  { code: 'MethodHttpMethodInvalid', name: 'GET on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { httpMethod: 'GET' } }, fails: false },
  { code: 'MethodRequestParameterNameNotUnique', name: 'q in query string and header on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { requestParameters: { 'method.request.querystring.q': true, 'method.request.header.q': false } } }, fails: true, mentions: '"q"' },
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

  // SelectionPatternInvalid — C46
  { code: 'SelectionPatternInvalid', name: 'an unbalanced "("', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '(4\\d\\d' }] }, fails: true },
  { code: 'SelectionPatternInvalid', name: 'a valid pattern', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '.*"Invalid".*' }] }, fails: false },
  { code: 'SelectionPatternInvalid', name: 'Java-only syntax: inline flags, possessive quantifiers, atomic groups, \\p classes', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '(?i).*error.*' }, { statusCode: '401', selectionPattern: 'a*+b' }, { statusCode: '402', selectionPattern: '(?>ab)c' }, { statusCode: '403', selectionPattern: '\\p{Alpha}+' }] }, fails: false },
  { code: 'SelectionPatternInvalid', name: 'an unclosed class even in Java', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '(?i)[a-' }] }, fails: true },

  // MethodResponseParameterInvalid — C47
  { code: 'MethodResponseParameterInvalid', name: 'a method.response.body key', kind: 'REST', facts: { ...MOCK, method: { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.body.x': true } }] } }, fails: true },
  { code: 'MethodResponseParameterInvalid', name: 'a header key', kind: 'REST', facts: { ...MOCK, method: { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.x': true } }] } }, fails: false },

  // MethodHttpMethodInvalid — C41
  { code: 'MethodHttpMethodInvalid', name: 'FETCH', kind: 'REST', facts: { ...MOCK, method: { httpMethod: 'FETCH' } }, fails: true },
  { code: 'MethodHttpMethodInvalid', name: 'ANY', kind: 'REST', facts: { ...MOCK, method: { httpMethod: 'ANY' } }, fails: false },

  // IntegrationTargetInvalid — C18
  { code: 'IntegrationTargetInvalid', name: 'a target on INTERNET', kind: 'REST', facts: { ...HTTP, integrationTarget: ALB }, fails: true, mentions: 'VPC_LINK' },
  { code: 'IntegrationTargetInvalid', name: 'a VPC link v2 without a target', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', vpcLinkVersion: 'V2' }, fails: true, mentions: 'IntegrationTarget is required' },
  { code: 'IntegrationTargetInvalid', name: 'a target that is not a load balancer', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', integrationTarget: 'my-alb' }, fails: true },
  { code: 'IntegrationTargetInvalid', name: 'an ALB target through a VPC link', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', vpcLinkVersion: 'V2', integrationTarget: ALB }, fails: false },
  { code: 'IntegrationTargetInvalid', name: 'a VPC link v1 without a target', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', vpcLinkVersion: 'V1' }, fails: false },


  // MockResponseNotSelected — C08, C46
  { code: 'MockResponseNotSelected', name: 'a 201 mock with only a 200 response for 200', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{"statusCode": 201}' }, integrationResponses: [{ statusCode: '200', selectionPattern: '200' }] }, fails: true, mentions: '"201"' },
  { code: 'MockResponseNotSelected', name: 'a mock with no integration response', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{ statusCode: 200 }' } }, fails: true },
  { code: 'MockResponseNotSelected', name: 'a default response (aws-cdk-lib CORS preflight)', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{ statusCode: 200 }' }, integrationResponses: [{ statusCode: '204' }] }, fails: false },
  { code: 'MockResponseNotSelected', name: 'a selecting pattern', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{"statusCode": 404}' }, integrationResponses: [{ statusCode: '404', selectionPattern: '4\\d\\d' }] }, fails: false },


  // AwsProxyNotLambda (common.ts) on a partly known URI, as typed constructs render it
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to SQS with a token partition', kind: 'REST', facts: { type: 'AWS_PROXY', uri: new Unknown('arn:\u0000:apigateway:us-east-1:sqs:action/ListQueues') }, fails: true, mentions: '"sqs"' },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to Lambda with a token function', kind: 'REST', facts: { type: 'AWS_PROXY', uri: new Unknown('arn:\u0000:apigateway:us-east-1:lambda:path/2015-03-31/functions/\u0000/invocations') }, fails: false },

  // ResourcesPerApiAboveDefaultQuota — C105 (warning; subject api)
  { code: 'ResourcesPerApiAboveDefaultQuota', name: '301 resources', kind: 'REST', facts: { subject: 'api', resourceCount: 301 }, fails: true, mentions: '301 resources' },
  { code: 'ResourcesPerApiAboveDefaultQuota', name: '300 resources', kind: 'REST', facts: { subject: 'api', resourceCount: 300 }, fails: false },

  // RestApiNotDeployable — C48 (subject api)
  { code: 'RestApiNotDeployable', name: 'a deployment of an API without methods', kind: 'REST', facts: { subject: 'api', deployed: true, methodCount: 0, methodsWithoutIntegration: [] }, fails: true, mentions: 'doesn\'t contain any methods' },
  { code: 'RestApiNotDeployable', name: 'a deployed method without an integration', kind: 'REST', facts: { subject: 'api', deployed: true, methodCount: 2, methodsWithoutIntegration: ['S/Get'] }, fails: true, mentions: '"S/Get"' },
  { code: 'RestApiNotDeployable', name: 'a method without an integration, not deployed', kind: 'REST', facts: { subject: 'api', deployed: false, methodCount: 1, methodsWithoutIntegration: ['S/Get'] }, fails: false },
  { code: 'RestApiNotDeployable', name: 'an API defined by an OpenAPI body (methods not known)', kind: 'REST', facts: { subject: 'api', resourceCount: 0, methodsWithoutIntegration: [] }, fails: false },
  { code: 'RestApiNotDeployable', name: 'a deployed API whose methods all have integrations', kind: 'REST', facts: { subject: 'api', deployed: true, methodCount: 3, methodsWithoutIntegration: [] }, fails: false },
];
