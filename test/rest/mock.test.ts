import { errorOf, restStack, synth, warningAnnotations } from './support';
import { ResponseValue, RestApiMockIntegration } from '../../src';

test('snapshot: a mock integration', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiMockIntegration());
  expect(synth(stack).toJSON()).toMatchSnapshot();
});

test('the typed status code is returned by the request template and selects a matching integration and method response', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiMockIntegration({ statusCode: 202, responseBody: '{"queued": true}', responseHeaders: { 'Cache-Control': ResponseValue.literal('no-store') } }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    Integration: {
      Type: 'MOCK',
      RequestTemplates: { 'application/json': '{"statusCode": 202}' },
      IntegrationResponses: [{ StatusCode: '202', ResponseTemplates: { 'application/json': '{"queued": true}' }, ResponseParameters: { 'method.response.header.Cache-Control': "'no-store'" } }],
    },
    MethodResponses: [{ StatusCode: '202', ResponseParameters: { 'method.response.header.Cache-Control': false } }],
  });
});

test('fails when the status code is not [1-5]\\d\\d', () => {
  const { api } = restStack();
  const msg = errorOf(() => api.root.addMethod('GET', new RestApiMockIntegration({ statusCode: 700 })));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/GET\] RestApiMockIntegration: 1 problem\n- StatusCodeInvalid:/);
});

test('warns (deploys, then every request fails) when the template\'s status code selects no integration response', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiMockIntegration({ statusCode: 201, integrationResponses: [{ statusCode: 200, selectionPattern: '200' }] }));
  expect(errorOf(() => synth(stack))).toBe('no error');
  expect(warningAnnotations(stack).join('\n')).toMatch(/^\[MockResponseNotSelected\] .*"201"/m);
});

test('fails when the response headers include an unquoted-looking bad name', () => {
  const { api } = restStack();
  const msg = errorOf(() => api.root.addMethod('GET', new RestApiMockIntegration({ responseHeaders: { 'Bad Header': ResponseValue.literal('x') } })));
  expect(msg).toContain('- ResponseParameterInvalid:');
});
