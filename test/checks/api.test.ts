import { App, Aspects, CfnResource, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpApiUrlIntegration, IntegrationChecks, RestApiMockIntegration, WebSocketApiMockIntegration } from '../../src';
import { errorOf } from '../support/common';

/** API-level rules (subject `api`): quotas C81, C98, C105 and deployability C48, through both doors. */

function newStack(withAspect = true): Stack {
  // more than 300 of anything is more than CloudFormation's 500 resources per stack: the check is off here
  const app = new App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
  const stack = new Stack(app, 'Test');
  if (withAspect) Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

function messages(stack: Stack, level: 'error' | 'warning'): string[] {
  const a = Annotations.fromStack(stack);
  const found = level === 'error' ? a.findError('*', Match.anyValue()) : a.findWarning('*', Match.anyValue());
  return found.map(m => `${m.id} ${String(m.entry.data)}`);
}

describe('IntegrationChecks on hand-written L1 APIs', () => {
  test('RestApiNotDeployable: a deployed REST API with a method that has no integration (C48)', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
    new apigw.CfnMethod(stack, 'Get', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', authorizationType: 'NONE' });
    new apigw.CfnMethod(stack, 'Post', {
      restApiId: api.ref,
      resourceId: api.attrRootResourceId,
      httpMethod: 'POST',
      authorizationType: 'NONE',
      integration: { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' }, integrationResponses: [{ statusCode: '200' }] },
      methodResponses: [{ statusCode: '200' }],
    });
    new apigw.CfnDeployment(stack, 'Deployment', { restApiId: api.ref });
    expect(messages(stack, 'error')).toEqual([expect.stringMatching(/^\/Test\/Api \[RestApiNotDeployable\] every method of a deployed REST API needs an integration .*got no integration on "Test\/Get"/)]);
  });

  test('RestApiNotDeployable: a deployment of a REST API without methods; a generic CfnResource counts too', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
    new CfnResource(stack, 'Deployment', { type: 'AWS::ApiGateway::Deployment', properties: { RestApiId: api.ref } });
    expect(messages(stack, 'error')).toEqual([expect.stringMatching(/^\/Test\/Api \[RestApiNotDeployable\] a deployment needs at least one method/)]);
  });

  test('a REST API that is not deployed, or is defined by an OpenAPI body, is not judged on its methods', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
    new apigw.CfnMethod(stack, 'Get', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', authorizationType: 'NONE' });
    const spec = new apigw.CfnRestApi(stack, 'Spec', { body: { openapi: '3.0.1', paths: {} } });
    new apigw.CfnDeployment(stack, 'Deployment', { restApiId: spec.ref });
    expect(messages(stack, 'error')).toEqual([]);
  });

  test('ResourcesPerApiAboveDefaultQuota: 301 resources under the root warn; 300 do not (C105)', () => {
    for (const [n, expected] of [[301, 1], [300, 0]] as const) {
      const stack = newStack();
      const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
      for (let i = 0; i < n; i++) new apigw.CfnResource(stack, `R${i}`, { restApiId: api.ref, parentId: api.attrRootResourceId, pathPart: `r${i}` });
      const warnings = messages(stack, 'warning').filter(m => m.includes('[ResourcesPerApiAboveDefaultQuota]'));
      expect(warnings.length).toBe(expected);
      if (expected) expect(warnings[0]).toMatch(/^\/Test\/Api \[ResourcesPerApiAboveDefaultQuota\] .*got 301 resources/);
    }
  });

  test('IntegrationsPerApiExceeded: 301 integrations of an HTTP API fail; of a WebSocket API they warn (C81, C98)', () => {
    const stack = newStack();
    const http = new apigwv2.CfnApi(stack, 'Http', { name: 'http', protocolType: 'HTTP' });
    const ws = new apigwv2.CfnApi(stack, 'Ws', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
    for (let i = 0; i < 301; i++) {
      new apigwv2.CfnIntegration(stack, `H${i}`, { apiId: http.ref, integrationType: 'HTTP_PROXY', integrationMethod: 'GET', integrationUri: `https://example.com/${i}`, payloadFormatVersion: '1.0' });
      new apigwv2.CfnIntegration(stack, `W${i}`, { apiId: ws.ref, integrationType: 'MOCK' });
    }
    expect(messages(stack, 'error')).toEqual([expect.stringMatching(/^\/Test\/Http \[IntegrationsPerApiExceeded\] HTTP APIs have at most 300 integrations.*got 301 integrations/)]);
    expect(messages(stack, 'warning')).toEqual([expect.stringMatching(/^\/Test\/Ws \[IntegrationsPerApiAboveDefaultQuota\] .*got 301 integrations/)]);
  });

  test('RoutesPerApiAboveDefaultQuota: 301 routes of an HTTP API warn (C81)', () => {
    const stack = newStack();
    const http = new apigwv2.CfnApi(stack, 'Http', { name: 'http', protocolType: 'HTTP' });
    const integration = new apigwv2.CfnIntegration(stack, 'I', { apiId: http.ref, integrationType: 'HTTP_PROXY', integrationMethod: 'GET', integrationUri: 'https://example.com', payloadFormatVersion: '1.0' });
    for (let i = 0; i < 301; i++) new apigwv2.CfnRoute(stack, `R${i}`, { apiId: http.ref, routeKey: `GET /r${i}`, target: `integrations/${integration.ref}` });
    expect(messages(stack, 'error')).toEqual([]);
    expect(messages(stack, 'warning')).toEqual([expect.stringMatching(/^\/Test\/Http \[RoutesPerApiAboveDefaultQuota\] HTTP APIs have at most 300 routes.*got 301 routes/)]);
  });
});

describe('typed constructs judge the API they are added to', () => {
  test('301 routes each with its own URL integration: one report naming the HttpApi', () => {
    const stack = newStack(false);
    const api = new apigwv2.HttpApi(stack, 'Api');
    for (let i = 0; i < 301; i++) {
      api.addRoutes({ path: `/r${i}`, methods: [apigwv2.HttpMethod.GET], integration: new HttpApiUrlIntegration(`U${i}`, `https://example.com/r${i}`, { method: apigwv2.HttpMethod.GET }) });
    }
    expect(errorOf(() => Template.fromStack(stack), stack)).toMatch(/^\[Test\/Api\] HttpApi: 1 problem\n- IntegrationsPerApiExceeded: HTTP APIs have at most 300 integrations, and this quota cannot be raised, got 301 integrations; share integrations/);
  });

  test('one integration shared by 301 routes: no error, a routes-quota warning on the HttpApi', () => {
    const stack = newStack(false);
    const api = new apigwv2.HttpApi(stack, 'Api');
    const shared = new HttpApiUrlIntegration('Shared', 'https://example.com', { method: apigwv2.HttpMethod.GET });
    for (let i = 0; i < 301; i++) api.addRoutes({ path: `/r${i}`, methods: [apigwv2.HttpMethod.GET], integration: shared });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
    expect(messages(stack, 'warning')).toEqual([expect.stringMatching(/^\/Test\/Api \[RoutesPerApiAboveDefaultQuota\] .*got 301 routes/)]);
  });

  test('301 WebSocket integrations warn on the WebSocketApi', () => {
    const stack = newStack(false);
    const api = new apigwv2.WebSocketApi(stack, 'Api');
    for (let i = 0; i < 301; i++) api.addRoute(`route${i}`, { integration: new WebSocketApiMockIntegration('Integration') });
    const warnings = messages(stack, 'warning');
    expect(warnings).toContainEqual(expect.stringMatching(/^\/Test\/Api \[IntegrationsPerApiAboveDefaultQuota\] .*got 301 integrations/));
    expect(warnings).toContainEqual(expect.stringMatching(/^\/Test\/Api \[RoutesPerApiAboveDefaultQuota\] WebSocket APIs .*got 301 routes/));
  });

  test('301 REST resources warn on the RestApi; the same app with 300 does not', () => {
    for (const [n, expected] of [[301, 1], [300, 0]] as const) {
      const stack = newStack(false);
      const api = new apigw.RestApi(stack, 'Api', { cloudWatchRole: false });
      const mock = new RestApiMockIntegration();
      for (let i = 0; i < n; i++) api.root.addResource(`r${i}`).addMethod('GET', mock);
      const warnings = messages(stack, 'warning').filter(m => m.includes('[ResourcesPerApiAboveDefaultQuota]'));
      expect(warnings.length).toBe(expected);
      if (expected) expect(warnings[0]).toMatch(/^\/Test\/Api \[ResourcesPerApiAboveDefaultQuota\] .*got 301 resources/);
    }
  });
});
