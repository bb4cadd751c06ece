// One type per concept across the kinds (issue 13): status codes are numbers (range-checked by the
// rule table), REST back-end verbs are `apigwv2.HttpMethod` as on the HTTP kind.
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { AwsServiceUri, BackendCredentials, RestApiAwsIntegration, RestApiHttpIntegration, RestApiLambdaIntegration } from '../../src';
import { errorOf, fn, restStack, synth } from '../rest/support';

/** What a Python or Go caller can pass where TypeScript types forbid it. */
function untyped<T>(v: unknown): T {
  return v as T;
}

describe('REST integration response status codes are numbers', () => {
  test('a number renders as the status code CloudFormation expects, on the integration and method response', () => {
    const { stack, api } = restStack();
    api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { proxy: false, integrationResponses: [{ statusCode: 200 }, { statusCode: 404, selectionPattern: '.*not found.*' }] }));
    synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
      Integration: { IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '404', SelectionPattern: '.*not found.*' }] },
      MethodResponses: [{ StatusCode: '200' }, { StatusCode: '404' }],
    });
  });

  test.each([99, 600, 2.5])('%s is out of range: StatusCodeInvalid (or a whole-number usage error)', code => {
    const { stack, api } = restStack();
    const message = errorOf(() => api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { proxy: false, integrationResponses: [{ statusCode: code }] })));
    expect(message).toMatch(Number.isInteger(code) ? /StatusCodeInvalid/ : /WrongType.*statusCode.*whole number/s);
  });

  test('a string (as Python could pass) is a usage error naming the field', () => {
    const { stack } = restStack();
    const message = errorOf(() => new RestApiLambdaIntegration(fn(stack), { proxy: false, integrationResponses: [{ statusCode: untyped<number>('200') }] }));
    expect(message).toMatch(/integrationResponses\[0\]\.statusCode/);
  });
});

describe('REST back-end verbs are apigwv2.HttpMethod', () => {
  test('RestApiHttpIntegration and RestApiAwsIntegration render the typed verb', () => {
    const { stack, api } = restStack();
    api.root.addResource('http').addMethod('GET', new RestApiHttpIntegration('https://example.com', { httpMethod: apigwv2.HttpMethod.PATCH }));
    api.root.addResource('aws').addMethod('GET', new RestApiAwsIntegration({
      uri: AwsServiceUri.action('sqs', 'ListQueues'), httpMethod: apigwv2.HttpMethod.GET, credentials: BackendCredentials.createRole(),
    }));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'PATCH' } });
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Type: 'AWS', IntegrationHttpMethod: 'GET' } });
  });

  test('a verb the service does not know (as Python or Go could pass) is refused: IntegrationMethodNotSupported', () => {
    const { api } = restStack();
    const message = errorOf(() => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com', { httpMethod: untyped<apigwv2.HttpMethod>('FETCH') })));
    expect(message).toMatch(/IntegrationMethodNotSupported/);
  });

  test('a value that is not a string is a usage error naming the field', () => {
    const message = errorOf(() => new RestApiHttpIntegration('https://example.com', { httpMethod: untyped<apigwv2.HttpMethod>(7) }));
    expect(message).toMatch(/WrongType.*httpMethod/s);
  });
});
