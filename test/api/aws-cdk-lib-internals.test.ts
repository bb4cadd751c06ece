// The one aws-cdk-lib internal this library relies on (issue 13): src/websocket/private/route-integration.ts
// overrides `WebSocketRouteIntegration._bindToRoute`, marked `@internal` in aws-cdk-lib. These tests pin
// what the override needs from aws-cdk-lib, so a release that changes it fails here, not in users' synths.
import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AwsServiceUri, BackendCredentials, WebSocketApiAwsIntegration, WebSocketApiHttpIntegration, WebSocketApiLambdaIntegration,
  WebSocketApiMockIntegration,
} from '../../src';
import { WebSocketApiRouteIntegration } from '../../src/websocket/private/route-integration';
import { errorOf, fn, synth, testStack } from '../support/common';

/** An integration that records how aws-cdk-lib's route calls `_bindToRoute`, and answers a fixed id. */
class Probe extends apigwv2.WebSocketRouteIntegration {
  public readonly calls: apigwv2.WebSocketRouteIntegrationBindOptions[] = [];
  constructor() {
    super('Probe');
  }
  public bind(): apigwv2.WebSocketRouteIntegrationConfig {
    throw new Error('aws-cdk-lib called bind() instead of _bindToRoute()');
  }
  public _bindToRoute(options: apigwv2.WebSocketRouteIntegrationBindOptions): { readonly integrationId: string } {
    this.calls.push(options);
    return { integrationId: 'pinned123' };
  }
}

describe("aws-cdk-lib's WebSocketRouteIntegration._bindToRoute, as this library relies on it", () => {
  test('exists on the base class and takes one argument (the bind options)', () => {
    const proto: unknown = apigwv2.WebSocketRouteIntegration.prototype;
    const method: unknown = Reflect.get(proto as object, '_bindToRoute');
    expect(typeof method).toBe('function');
    expect((method as (...a: unknown[]) => unknown).length).toBe(1);
  });

  test('WebSocketRoute calls it once, with the route as `route` and `scope`, and targets the returned integrationId', () => {
    const stack = testStack();
    const probe = new Probe();
    const api = new apigwv2.WebSocketApi(stack, 'Api');
    const route = api.addRoute('send', { integration: probe });
    expect(probe.calls).toHaveLength(1);
    expect(probe.calls[0].route).toBe(route);
    expect(probe.calls[0].scope).toBe(route);
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'send', Target: 'integrations/pinned123' });
  });

  test('the $connect, $disconnect and $default routes of the API props go through it too', () => {
    const stack = testStack();
    const probes = [new Probe(), new Probe(), new Probe()];
    new apigwv2.WebSocketApi(stack, 'Api', {
      connectRouteOptions: { integration: probes[0] },
      disconnectRouteOptions: { integration: probes[1] },
      defaultRouteOptions: { integration: probes[2] },
    });
    expect(probes.map(p => p.calls.length)).toEqual([1, 1, 1]);
  });

  test("its own implementation still creates aws-cdk-lib's WebSocketIntegration (what the override replaces)", () => {
    const stack = testStack();
    new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration: new integrations.WebSocketMockIntegration('Mock') });
    synth(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
  });
});

describe('the one override lives in one internal base', () => {
  test.each([
    ['WebSocketApiLambdaIntegration', WebSocketApiLambdaIntegration],
    ['WebSocketApiHttpIntegration', WebSocketApiHttpIntegration],
    ['WebSocketApiMockIntegration', WebSocketApiMockIntegration],
    ['WebSocketApiAwsIntegration', WebSocketApiAwsIntegration],
  ])('%s inherits _bindToRoute from WebSocketApiRouteIntegration and overrides neither it nor bind', (_n, cls) => {
    expect(cls.prototype).toBeInstanceOf(WebSocketApiRouteIntegration);
    expect(Object.prototype.hasOwnProperty.call(cls.prototype, '_bindToRoute')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(cls.prototype, 'bind')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(WebSocketApiRouteIntegration.prototype, '_bindToRoute')).toBe(true);
  });

  test('the route targets the CfnIntegration the override creates, under the route with the given id', () => {
    const stack = testStack();
    const route = new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration: new WebSocketApiLambdaIntegration('SendMessage', fn(stack)) });
    const integration = route.node.findChild('SendMessage');
    expect(integration).toBeInstanceOf(apigwv2.CfnIntegration);
    const id = Stack.of(route).getLogicalId(integration as apigwv2.CfnIntegration);
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { Target: { 'Fn::Join': ['', ['integrations/', { Ref: id }]] } });
  });

  test.each(['Default', 'Resource', 'Response', 'IntegrationResponse', 'IntegrationRole'])('an id the route already uses, or Default, is a usage error (%s)', id => {
    const stack = testStack();
    const api = new apigwv2.WebSocketApi(stack, 'Api');
    // a created role goes under the route as IntegrationRole, before the integration
    const integration = new WebSocketApiAwsIntegration(id, { uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.createRole() });
    expect(errorOf(() => api.addRoute('send', { integration }))).toMatch(/IntegrationIdTaken/);
  });

  test('any other id is accepted', () => {
    const stack = testStack();
    const api = new apigwv2.WebSocketApi(stack, 'Api', { defaultRouteOptions: { integration: new WebSocketApiMockIntegration('Fallback'), returnResponse: true } });
    api.addRoute('send', { integration: new WebSocketApiMockIntegration('Integration') });
    synth(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 2);
  });
});
