import { Duration } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { errorOf, integrationProps, route, setup, synth, warningOf } from './support';
import { HttpApiRequestParameter, HttpApiUrlIntegration, RequestValue } from '../../src';

describe('HttpApiUrlIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    route(api, '/pets', new HttpApiUrlIntegration('Pets', 'https://example.com/pets', { method: apigwv2.HttpMethod.GET }));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('HTTP_PROXY with the method and payload format 1.0', () => {
    const { stack, api } = setup();
    route(api, '/pets', new HttpApiUrlIntegration('Pets', 'https://example.com/pets', { method: apigwv2.HttpMethod.ANY }));
    expect(integrationProps(synth(stack))).toMatchObject({ IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', IntegrationUri: 'https://example.com/pets', PayloadFormatVersion: '1.0' });
  });

  test('path variables and a greedy {proxy} that the routes provide', () => {
    const { stack, api } = setup();
    const pets = new HttpApiUrlIntegration('Pet', 'https://example.com/pets/{id}', { method: apigwv2.HttpMethod.GET });
    route(api, '/pets/{id}', pets);
    route(api, '/v2/pets/{id}', pets);
    route(api, '/legacy/{proxy+}', new HttpApiUrlIntegration('Legacy', 'https://legacy.example.com/{proxy}', { method: apigwv2.HttpMethod.ANY }));
    synth(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 2);
  });

  test('warns when {proxy} is used on a route without {proxy+}, naming that route', () => {
    const { api } = setup();
    expect(warningOf(() => route(api, '/legacy', new HttpApiUrlIntegration('Legacy', 'https://legacy.example.com/{proxy}', { method: apigwv2.HttpMethod.ANY }))))
      .toMatch(/\/Test\/Api\/POST--legacy: \[UriVariableNotInRoute\] .*\{proxy\+\}/);
  });

  test('warns when a second route of a shared integration lacks the path variable', () => {
    const { api } = setup();
    const pets = new HttpApiUrlIntegration('Pet', 'https://example.com/pets/{id}', { method: apigwv2.HttpMethod.GET });
    route(api, '/pets/{id}', pets);
    expect(warningOf(() => route(api, '/pets', pets))).toMatch(/\/Test\/Api\/POST--pets: \[UriVariableNotInRoute\] .*\{id\}/);
  });

  test('fails when the URL is not an absolute http(s) URL', () => {
    const { api } = setup();
    expect(errorOf(() => route(api, '/x', new HttpApiUrlIntegration('X', 'example.com/x', { method: apigwv2.HttpMethod.GET }))))
      .toMatch(/\[Test\/Api\/POST--x\] .*\n- IntegrationUriNotHttpUrl: /);
  });

  test('request parameters: overwrite the path from a path variable', () => {
    const { stack, api } = setup();
    route(api, '/pets/{id}', new HttpApiUrlIntegration('Pet', 'https://example.com', {
      method: apigwv2.HttpMethod.GET,
      requestParameters: [HttpApiRequestParameter.overwritePath(RequestValue.path('id')), HttpApiRequestParameter.overwriteQuerystring('src', RequestValue.literal('api'))],
    }));
    expect(integrationProps(synth(stack)).RequestParameters).toEqual({ 'overwrite:path': '$request.path.id', 'overwrite:querystring.src': 'api' });
  });

  test('fails when a header name is not a valid key (a space in it)', () => {
    const { api } = setup();
    expect(errorOf(() => route(api, '/x', new HttpApiUrlIntegration('X', 'https://example.com', {
      method: apigwv2.HttpMethod.GET,
      requestParameters: [HttpApiRequestParameter.removeHeader('x tenant')],
    })))).toMatch(/^\[Test\/Api\/POST--x\] HttpApiUrlIntegration: 1 problem\n- RequestParameterKeyInvalid: .*"remove:header.x tenant"/);
  });

  test('fails when the timeout is under 50 ms', () => {
    const { api } = setup();
    expect(errorOf(() => route(api, '/x', new HttpApiUrlIntegration('X', 'https://example.com', { method: apigwv2.HttpMethod.GET, timeout: Duration.millis(49) }))))
      .toMatch(/\[Test\/Api\/POST--x\] .*\n- TimeoutOutOfRange: .*got 49 ms/);
  });
});
