import { Duration, Fn } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { newStack, sdkCall, statementsOf, synth } from './support';
import {
  HttpApiIntegrationChange, HttpApiIntegrationPatch, HttpApiIntegrationPatchConnection, HttpApiPayloadFormatVersion, HttpApiRequestParameter,
  BackendCredentials, RequestValue, WebSocketApiIntegrationPatch, WebSocketApiIntegrationPatchConnection,
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
        integrationMethod: apigatewayv2.HttpMethod.ANY,
        description: 'patched',
        requestParameters: [
          HttpApiRequestParameter.overwriteHeader('x-id', RequestValue.context('requestId')),
          HttpApiRequestParameter.removeQuerystring('debug'),
          HttpApiRequestParameter.appendHeader('x-src', RequestValue.literal('patch')),
        ],
        payloadFormatVersion: HttpApiPayloadFormatVersion.VERSION_1_0,
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
        RequestParameters: { 'append:header.x-src': 'patch', 'overwrite:header.x-id': '$context.requestId', 'remove:querystring.debug': "''" },
        PayloadFormatVersion: '1.0',
        TlsConfig: { ServerNameToVerify: 'orders.example.com' },
      },
    });
    expect(sdkCall(t, TYPE, 'Update')).toEqual(create);
    expect(sdkCall(t, TYPE, 'Delete')).toBeUndefined();
  });

  test('request parameters in the HTTP integrations\' vocabulary: one change per key, a raw key map is our error', () => {
    const twice = [HttpApiRequestParameter.removeHeader('x'), HttpApiRequestParameter.removeHeader('x')];
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { requestParameters: twice } })))
      .toMatch(/^\[Test\/Patch\] HttpApiIntegrationPatch: 1 problem\n- RequestParameterDuplicated: .*"remove:header.x" twice/);
    const raw = { 'overwrite:header.x-id': RequestValue.context('requestId') } as unknown as HttpApiRequestParameter[];
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { requestParameters: raw } })))
      .toMatch(/- WrongType: change.requestParameters: expected a list of HttpApiRequestParameter/);
  });

  test('service (subtype) parameters by the action\'s parameter names, judged with the integration type unknown', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', {
      ...IDS,
      change: { serviceParameters: { QueueUrl: RequestValue.literal('https://sqs.eu-west-1.amazonaws.com/123456789012/q'), MessageBody: RequestValue.body() } },
    });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters.RequestParameters).toEqual({
      MessageBody: '$request.body',
      QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q',
    });
  });

  test('payload format version and integration method are typed; strings from other languages are checked', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { payloadFormatVersion: '2.0' as HttpApiPayloadFormatVersion, integrationMethod: 'POST' as apigatewayv2.HttpMethod } });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toMatchObject({ PayloadFormatVersion: '2.0', IntegrationMethod: 'POST' });
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { integrationMethod: 'FETCH' as apigatewayv2.HttpMethod } })))
      .toMatch(/- IntegrationMethodNotSupported: .*"FETCH"/);
    const wrong = { payloadFormatVersion: 2 } as unknown as HttpApiIntegrationChange;
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: wrong })))
      .toMatch(/- WrongType: change.payloadFormatVersion: expected a HttpApiPayloadFormatVersion \(a string\), got the number 2/);
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

  test('a VPC link connection (an apigatewayv2.IVpcLink) sets type and id; credentials pass only their role', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/api');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'] });
    const link = apigatewayv2.VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'vl1', vpc });
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { connection: HttpApiIntegrationPatchConnection.vpcLink(link), credentials: BackendCredentials.fromRole(role) } });
    const t = synth(stack);
    expect(sdkCall(t, TYPE, 'Create').parameters).toMatchObject({ ConnectionType: 'VPC_LINK', ConnectionId: 'vl1', CredentialsArn: 'arn:aws:iam::123456789012:role/api' });
    expect(statementsOf(t)).toContainEqual({ Action: 'iam:PassRole', Effect: 'Allow', Resource: 'arn:aws:iam::123456789012:role/api' });
  });

  test('a VPC link by id only through fromVpcLinkId; a connection of another kind is our error', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { connection: HttpApiIntegrationPatchConnection.fromVpcLinkId('vl2') } });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toMatchObject({ ConnectionType: 'VPC_LINK', ConnectionId: 'vl2' });
    const rest = WebSocketApiIntegrationPatchConnection.fromVpcLinkId('vl2') as unknown as HttpApiIntegrationPatchConnection;
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { connection: rest } })))
      .toMatch(/- WrongType: change.connection: expected a HttpApiIntegrationPatchConnection, got an object of class WebSocketApiIntegrationPatchConnection/);
  });

  test('an internet connection sends no connection id', () => {
    const stack = newStack();
    new HttpApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { connection: HttpApiIntegrationPatchConnection.internet() } });
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
        requestParameters: { headers: { 'x-id': RequestValue.context('connectionId') }, querystrings: { route: RequestValue.context('routeKey') } },
      },
    });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toEqual({
      ApiId: 'api123',
      IntegrationId: 'int456',
      RequestTemplates: { $default: '{"action":"$context.routeKey"}' },
      TemplateSelectionExpression: '\\$default',
      PassthroughBehavior: 'NEVER',
      ContentHandlingStrategy: 'CONVERT_TO_TEXT',
      RequestParameters: { 'integration.request.header.x-id': 'context.connectionId', 'integration.request.querystring.route': 'context.routeKey' },
    });
  });

  test('a VPC link connection takes the VPC link of a REST API (apigateway.IVpcLink), as WebSocket private integrations do', () => {
    const stack = newStack();
    const link = apigateway.VpcLink.fromVpcLinkId(stack, 'Link', Fn.importValue('LinkId'));
    new WebSocketApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { connection: WebSocketApiIntegrationPatchConnection.vpcLink(link) } });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toMatchObject({ ConnectionType: 'VPC_LINK', ConnectionId: '${{\'Fn::ImportValue\':\'LinkId\'}}' }); // support.ts renders references as ${…}
  });

  test('request parameters take headers and query strings of RequestValue; a raw destination key is our error', () => {
    const raw = { 'integration.request.header.x-id': RequestValue.context('connectionId') } as unknown as Record<string, RequestValue>;
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { requestParameters: { headers: { x: 'literal' as unknown as RequestValue } } } })))
      .toMatch(/- WrongType: change.requestParameters.headers\["x"\]: expected a RequestValue/);
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { requestParameters: raw } })))
      .toMatch(/- WrongType: change.requestParameters takes headers, querystrings/);
  });

  test('the integration method is typed (apigatewayv2.HttpMethod); a wrong runtime type is our error', () => {
    const stack = newStack();
    new WebSocketApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { integrationMethod: apigatewayv2.HttpMethod.PUT } });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters).toMatchObject({ IntegrationMethod: 'PUT' });
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { integrationMethod: 1 as unknown as apigatewayv2.HttpMethod } })))
      .toMatch(/- WrongType: change.integrationMethod: expected an apigatewayv2.HttpMethod \(a string\), got the number 1/);
  });

  test('fails when the timeout is above the WebSocket maximum (C84), naming the class', () => {
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { timeout: Duration.millis(29_001) } })))
      .toMatch(/^\[Test\/Patch\] WebSocketApiIntegrationPatch: 1 problem\n- TimeoutOutOfRange: .*WebSocket APIs/);
  });

  test('fails when a VPC link connection has no id (C86) — judged on the restore change too', () => {
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', {
      ...IDS, change: { timeout: Duration.seconds(1) }, restoreOnDelete: { connection: WebSocketApiIntegrationPatchConnection.fromVpcLinkId('') },
    }))).toMatch(/VpcLinkWithoutConnectionId/);
  });

  test('a raw key map in the restore change is our error, naming restoreOnDelete', () => {
    const raw = { 'integration.request.header.x': RequestValue.context('connectionId') } as unknown as Record<string, RequestValue>;
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'Patch', { ...IDS, change: { description: 'x' }, restoreOnDelete: { requestParameters: raw } })))
      .toMatch(/- WrongType: restoreOnDelete.requestParameters takes headers, querystrings/);
  });

  test('creates one custom resource', () => {
    const stack = newStack();
    new WebSocketApiIntegrationPatch(stack, 'Patch', { ...IDS, change: { description: 'x' } });
    Template.fromStack(stack).resourceCountIs(TYPE, 1);
  });
});
