import { Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { newStack, resourcesOf, sdkCall, synth } from './support';
import { RestApiIntegrationPatch } from '../../src';
import { applyTlsConfigPatch, TLS_CONFIG_PATCH_ID } from '../../src/patch/private/tls';
import { warningOf } from '../support/common';

const TYPE = 'Custom::ApiGatewayIntegrationPatch';

/** An HTTP integration that asks for tlsConfig from bind, as RestApiHttpIntegration does. */
class TlsHttpIntegration extends apigateway.HttpIntegration {
  constructor(url: string, private readonly skip: boolean, private readonly type: string = 'HTTP_PROXY') {
    super(url);
  }
  public bind(method: apigateway.Method): apigateway.IntegrationConfig {
    const config = super.bind(method);
    applyTlsConfigPatch(method, this.type, this.skip);
    return config;
  }
}

function api(stack: Stack, integration: apigateway.Integration, deploy = true): apigateway.Method {
  return new apigateway.RestApi(stack, 'Api', { deploy }).root.addResource('orders').addMethod('GET', integration);
}

test('patches the method being bound, after CloudFormation creates it', () => {
  const stack = newStack();
  const method = api(stack, new TlsHttpIntegration('https://orders.example.com', true));
  const t = synth(stack);
  const create = sdkCall(t, TYPE, 'Create');
  expect(create.parameters.patchOperations).toEqual([{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' }]);
  expect(create.parameters.httpMethod).toBe('GET');
  const [cr] = resourcesOf(t, TYPE);
  expect(cr.Properties.IntegrationVersion.Method).toEqual({ Ref: stack.getLogicalId(method.node.defaultChild as apigateway.CfnMethod) });
  expect(method.node.tryFindChild(TLS_CONFIG_PATCH_ID)).toBeInstanceOf(RestApiIntegrationPatch);
});

test('turns verification back on when removed', () => {
  const stack = newStack();
  api(stack, new TlsHttpIntegration('https://orders.example.com', true));
  expect(sdkCall(synth(stack), TYPE, 'Delete').parameters.patchOperations).toEqual([{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'false' }]);
});

test('warns that skipping verification is insecure', () => {
  const stack = newStack();
  api(stack, new TlsHttpIntegration('https://orders.example.com', true));
  Annotations.fromStack(stack).hasWarning(`/Test/Api/Default/orders/GET/${TLS_CONFIG_PATCH_ID}`, Match.stringLikeRegexp('^\\[TlsVerificationSkipped\\]'));
});

test('the API\'s deployment waits for the patch and changes with the setting', () => {
  const stack = newStack();
  const method = api(stack, new TlsHttpIntegration('https://orders.example.com', true));
  const t = synth(stack);
  const [deploymentId, deployment] = Object.entries(t.Resources as Record<string, { Type: string; DependsOn?: string[] }>)
    .find(([, r]) => r.Type === 'AWS::ApiGateway::Deployment')!;
  const patchId = stack.getLogicalId((method.node.findChild(TLS_CONFIG_PATCH_ID).node.findChild('Update').node.defaultChild) as never);
  expect(deployment.DependsOn).toContain(patchId);

  const plain = newStack();
  api(plain, new apigateway.HttpIntegration('https://orders.example.com'));
  const plainId = Object.entries(synth(plain).Resources as Record<string, { Type: string }>).find(([, r]) => r.Type === 'AWS::ApiGateway::Deployment')![0];
  expect(deploymentId).not.toEqual(plainId);
});

test('creates nothing when verification is kept', () => {
  const stack = newStack();
  api(stack, new TlsHttpIntegration('https://orders.example.com', false));
  expect(resourcesOf(synth(stack), TYPE)).toHaveLength(0);
});

test('works for an API that does not deploy itself', () => {
  const stack = newStack();
  api(stack, new TlsHttpIntegration('https://orders.example.com', true), false);
  expect(resourcesOf(synth(stack), TYPE)).toHaveLength(1);
});

test('is idempotent for one method', () => {
  const stack = newStack();
  const method = api(stack, new TlsHttpIntegration('https://orders.example.com', true));
  expect(applyTlsConfigPatch(method, 'HTTP_PROXY', true)).toBe(method.node.findChild(TLS_CONFIG_PATCH_ID));
});

test('warns when the integration is not of an HTTP type, where the setting has no effect (C23)', () => {
  const stack = newStack();
  expect(warningOf(() => api(stack, new TlsHttpIntegration('https://orders.example.com', true, 'AWS'))))
    .toMatch(/\/Test\/Api\/Default\/orders\/GET\/TlsConfig: \[TlsSkipVerificationNotHttp\] /);
});
