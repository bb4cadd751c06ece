import { LAMBDA_URI, MOCK, SQS_URI } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/methods.ts. */
export const METHODS_CASES: RuleCase[] = [
  // IntegrationMethodRequired — C02, C52, C83
  { code: 'IntegrationMethodRequired', name: 'HTTP_PROXY with no method on REST', kind: 'REST', facts: { type: 'HTTP_PROXY', uri: 'https://example.com' }, fails: true },
  { code: 'IntegrationMethodRequired', name: 'HTTP_PROXY with no method on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', uri: 'https://example.com' }, fails: true },
  { code: 'IntegrationMethodRequired', name: 'AWS with no method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', uri: SQS_URI }, fails: true },
  // hashicorp/terraform-provider-aws internal/service/apigatewayv2/integration_test.go, TestAccAPIGatewayV2Integration_lambdaWebSocket:
  // CreateIntegration with type AWS, a Lambda invocation URI and no method is accepted and read back as POST
  { code: 'IntegrationMethodRequired', name: 'AWS to Lambda with no method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', uri: LAMBDA_URI }, fails: false },
  { code: 'IntegrationMethodRequired', name: 'a Lambda proxy with no method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', uri: new Unknown(HOLE) }, fails: false },
  { code: 'IntegrationMethodRequired', name: 'MOCK with no method', kind: 'REST', facts: { type: 'MOCK' }, fails: false },
  { code: 'IntegrationMethodRequired', name: 'Lambda proxy with no method on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', uri: 'arn:aws:lambda:us-east-1:123456789012:function:f' }, fails: false },
  // IntegrationMethodNotSupported — C02, C52
  { code: 'IntegrationMethodNotSupported', name: 'FOO', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'FOO' }, fails: true },
  { code: 'IntegrationMethodNotSupported', name: 'ANY', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY' }, fails: false },
  // LambdaRequiresPost — C03, C51, C83
  { code: 'LambdaRequiresPost', name: 'GET to a Lambda invocation ARN', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'GET', uri: LAMBDA_URI }, fails: true, mentions: 'POST' },
  { code: 'LambdaRequiresPost', name: 'GET to a partly resolved Lambda URI', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', integrationMethod: 'GET', uri: new Unknown(`arn:${HOLE}:apigateway:${HOLE}:lambda:path/2015-03-31/functions/${HOLE}/invocations`) }, fails: true },
  { code: 'LambdaRequiresPost', name: 'POST to Lambda', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI }, fails: false },
  { code: 'LambdaRequiresPost', name: 'GET to an unresolved URI', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'GET', uri: new Unknown(HOLE) }, fails: false },
  // methods without an integration are judged on their own declarations (PutMethod)
  { code: 'MethodHttpMethodInvalid', name: 'an invalid verb on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { httpMethod: 'FETCH' } }, fails: true, mentions: '"FETCH"' },
  { code: 'MethodHttpMethodInvalid', name: 'GET on a method without an integration', kind: 'REST', facts: { subject: 'method', method: { httpMethod: 'GET' } }, fails: false },
  // MethodHttpMethodInvalid — C41
  { code: 'MethodHttpMethodInvalid', name: 'FETCH', kind: 'REST', facts: { ...MOCK, method: { httpMethod: 'FETCH' } }, fails: true },
  { code: 'MethodHttpMethodInvalid', name: 'ANY', kind: 'REST', facts: { ...MOCK, method: { httpMethod: 'ANY' } }, fails: false },
  // RestApiNotDeployable — C48 (subject api)
  { code: 'RestApiNotDeployable', name: 'a deployment of an API without methods', kind: 'REST', facts: { subject: 'api', deployed: true, methodCount: 0, methodsWithoutIntegration: [] }, fails: true, mentions: 'doesn\'t contain any methods' },
  { code: 'RestApiNotDeployable', name: 'a deployed method without an integration', kind: 'REST', facts: { subject: 'api', deployed: true, methodCount: 2, methodsWithoutIntegration: ['S/Get'] }, fails: true, mentions: '"S/Get"' },
  { code: 'RestApiNotDeployable', name: 'a method without an integration, not deployed', kind: 'REST', facts: { subject: 'api', deployed: false, methodCount: 1, methodsWithoutIntegration: ['S/Get'] }, fails: false },
  { code: 'RestApiNotDeployable', name: 'an API defined by an OpenAPI body (methods not known)', kind: 'REST', facts: { subject: 'api', resourceCount: 0, methodsWithoutIntegration: [] }, fails: false },
  { code: 'RestApiNotDeployable', name: 'a deployed API whose methods all have integrations', kind: 'REST', facts: { subject: 'api', deployed: true, methodCount: 3, methodsWithoutIntegration: [] }, fails: false },
];
