import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { newStack, sdkCall, statementsOf, synth } from './support';
import {
  HttpApiIntegrationPatch, IntegrationCredentials, IntegrationPatchConnection, RequestValue, WebSocketApiIntegrationPatch,
} from '../../src';
import { errorOf } from '../support/common';

const TYPE = 'Custom::ApiGatewayIntegrationPatch';
const IDS = { apiId: 'api123', integrationId: 'int456' };

describe('HttpApiIntegrationPatch', () => {
  test('calls the v2 UpdateIntegration with plain fields on create and update', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', {
      ...IDS,
      change: {
        timeout: Duration.seconds(10),
        integrationUri: 'https://orders.example.com',
        integrationMethod: 'ANY',
        description: 'patched',
        requestParameters: { 'overwrite:header.x-id': RequestValue.context('requestId') },
        payloadFormatVersion: '1.0',
        serverNameToVerify: 'orders.example.com',
      },
    });
    const t = synth(stack);
    const create = sdkCall(t, TYPE, 'Create');
    expect(create).toMatchObject({
      parameters: {
        ApiId: 'api123',
        IntegrationId: 'int456',
        TimeoutInMillis: 10000,
        IntegrationUri: 'https://orders.example.com',
        IntegrationMethod: 'ANY',
        Description: 'patched',
        RequestParameters: { 'overwrite:header.x-id': '$context.requestId' },
        PayloadFormatVersion: '1.0',
        TlsConfig: { ServerNameToVerify: 'orders.example.com' },
      },
    });
    expect(sdkCall(t, TYPE, 'Update')).toEqual(create);
    expect(sdkCall(t, TYPE, 'Delete')).toBeUndefined();
  });

  test('allows only apigateway:PATCH on this one integration', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { timeout: Duration.seconds(10) } });
    const statements = statementsOf(synth(stack));
    expect(statements).toEqual([{
      Action: 'apigateway:PATCH',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1::/apis/api123/integrations/int456']] },
    }]);
    expect(JSON.stringify(statements)).not.toMatch(/"\*"/);
  });

  test('a VPC link connection sets type and id; credentials pass only their role', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/api');
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { connection: IntegrationPatchConnection.vpcLink('vl1'), credentials: IntegrationCredentials.fromRole(role) } });
    const t = synth(stack);
    expect(sdkCall(t, TYPE, 'Create').parameters).toMatchObject({ ConnectionType: 'VPC_LINK', ConnectionId: 'vl1', CredentialsArn: 'arn:aws:iam::123456789012:role/api' });
    expect(statementsOf(t)).toContainEqual({ Action: 'iam:PassRole', Effect: 'Allow', Resource: 'arn:aws:iam::123456789012:role/api' });
  });

  test('an internet connection sends no connection id', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { connection: IntegrationPatchConnection.internet() } });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toEqual({ ...{ ApiId: 'api123', IntegrationId: 'int456' }, ConnectionType: 'INTERNET' });
  });

  test('restores the given values on delete', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { timeout: Duration.seconds(10) }, restoreOnDelete: { timeout: Duration.seconds(30) } });
    expect(sdkCall(synth(stack), TYPE, 'Delete').parameters).toEqual({ ApiId: 'api123', IntegrationId: 'int456', TimeoutInMillis: 30000 });
  });

  test('redeploys a stage, allowed only apigateway:POST on the API\'s deployments', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { timeout: Duration.seconds(10) }, redeployStage: 'live' });
    const t = synth(stack);
    expect(sdkCall(t, 'Custom::ApiGatewayIntegrationPatchDeployment', 'Create')).toMatchObject({
      parameters: { ApiId: 'api123', StageName: 'live' },
    });
    expect(statementsOf(t)).toContainEqual({
      Action: 'apigateway:POST',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1::/apis/api123/deployments']] },
    });
  });

  test('fails when the timeout is above the HTTP API maximum (C65)', () => {
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { timeout: Duration.seconds(31) } })))
      .toMatch(/^\[Test\/Patch\] HttpApiIntegrationPatch: 1 problem\n- TimeoutOutOfRange: .*HTTP APIs/);
  });

  test('fails when a patch changes nothing', () => {
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: {} }))).toMatch(/PatchChangeEmpty/);
  });
});

describe('WebSocketApiIntegrationPatch', () => {
  test('sends templates, selection expression, passthrough and content handling', () => {
    const stack = newStack();
    new WebSocketApiIntegrationPatch(stack, 'Patch', {
      ...IDS,
      change: {
        requestTemplates: { $default: '{"action":"$context.routeKey"}' },
        templateSelectionExpression: '\\$default',
        passthroughBehavior: apigatewayv2.PassthroughBehavior.NEVER,
        contentHandling: apigatewayv2.ContentHandling.CONVERT_TO_TEXT,
        requestParameters: { 'integration.request.header.x-id': RequestValue.context('connectionId') },
      },
    });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toEqual({
      ApiId: 'api123',
      IntegrationId: 'int456',
      RequestTemplates: { $default: '{"action":"$context.routeKey"}' },
      TemplateSelectionExpression: '\\$default',
      PassthroughBehavior: 'NEVER',
      ContentHandlingStrategy: 'CONVERT_TO_TEXT',
      RequestParameters: { 'integration.request.header.x-id': 'context.connectionId' },
    });
  });

  test('fails when the timeout is above the WebSocket maximum (C84), naming the class', () => {
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { timeout: Duration.millis(29_001) } })))
      .toMatch(/^\[Test\/Patch\] WebSocketApiIntegrationPatch: 1 problem\n- TimeoutOutOfRange: .*WebSocket APIs/);
  });

  test('fails when a VPC link connection has no id (C86) — judged on the restore change too', () => {
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', {
      ...IDS, change: { timeout: Duration.seconds(1) }, restoreOnDelete: { connection: IntegrationPatchConnection.vpcLink('') },
    }))).toMatch(/VpcLinkWithoutConnectionId/);
  });

  test('creates one custom resource', () => {
    const stack = newStack();
    new WebSocketApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { description: 'x' } });
    Template.fromStack(stack).resourceCountIs(TYPE, 1);
  });
});
