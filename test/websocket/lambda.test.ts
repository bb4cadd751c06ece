import { Duration } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { errorOf, fn, synth, warningOf, wsStack } from './support';
import { BackendCredentials, RequestValue, WebSocketApiIntegrationResponseKey, WebSocketApiLambdaIntegration } from '../../src';

describe('WebSocketApiLambdaIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack)) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('is an AWS_PROXY integration invoked with POST on the function\'s invocation ARN', () => {
    const { stack, api } = wsStack();
    const handler = fn(stack);
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', handler) });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationMethod: 'POST',
      IntegrationUri: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('lambda:path/2015-03-31/functions/$'), { 'Fn::GetAtt': [stack.getLogicalId(handler.node.defaultChild as any), 'Arn'] }, '/invocations'])] },
    });
  });

  test('200 routes on one function make ONE Lambda permission for the whole API', () => {
    const { stack, api } = wsStack();
    const handler = fn(stack);
    for (let i = 0; i < 200; i++) api.addRoute(`r${i}`, { integration: new WebSocketApiLambdaIntegration('Integration', handler) });
    const t = synth(stack);
    t.resourceCountIs('AWS::Lambda::Permission', 1);
    t.resourceCountIs('AWS::ApiGatewayV2::Integration', 200);
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'apigateway.amazonaws.com',
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:us-east-1:123456789012:', { Ref: stack.getLogicalId(api.node.defaultChild as any) }, '/*']] },
    });
  });

  test('a custom (AWS) integration takes templates and integration responses keyed by errorMessage', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', {
      integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), {
        proxy: false,
        requestTemplates: { $default: '{"body": $input.body}' },
        templateSelectionExpression: '\\$default',
        responses: [{ key: WebSocketApiIntegrationResponseKey.errorPattern('.*Invalid.*'), responseTemplates: { $default: '{"error": "invalid"}' } }],
      }),
      returnResponse: true,
    });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS', RequestTemplates: { $default: '{"body": $input.body}' } });
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '/.*Invalid.*/', ResponseTemplates: { $default: '{"error": "invalid"}' } });
  });

  test('with credentials, the role is granted invoke and no resource permission is made', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { credentials: BackendCredentials.createRole() }) });
    const t = synth(stack);
    t.resourceCountIs('AWS::Lambda::Permission', 0);
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction' })]) } }] });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: Match.anyValue() });
  });

  test('timeout, description and content handling are rendered', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { timeout: Duration.seconds(5), description: 'send', contentHandling: apigwv2.ContentHandling.CONVERT_TO_TEXT }) });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { TimeoutInMillis: 5000, Description: 'send', ContentHandlingStrategy: 'CONVERT_TO_TEXT' });
  });

  test('works on $default, where aws-cdk-lib\'s integrations with id "Default" collide with the route', () => {
    const { stack } = wsStack();
    new apigwv2.WebSocketApi(stack, 'Other', { defaultRouteOptions: { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack)) } });
    synth(stack).resourceCountIs('AWS::ApiGatewayV2::Route', 1);
  });

  test('fails when the timeout is above 29 s, naming the route', () => {
    const { stack, api } = wsStack();
    expect(errorOf(() => api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { timeout: Duration.seconds(30) }) })))
      .toMatch(/^\[Test\/Ws\/send-Route\] WebSocketApiLambdaIntegration: 1 problem\n- TimeoutOutOfRange: .*got 30 s/);
  });

  test('warns when a header source is mapped on a route other than $connect (the value is empty there)', () => {
    const { stack, api } = wsStack();
    const integration = new WebSocketApiLambdaIntegration('Integration', fn(stack), { requestParameters: { headers: { 'x-token': RequestValue.header('x-token') } } });
    api.addRoute('$connect', { integration });
    expect(warningOf(() => api.addRoute('send', { integration }))).toMatch(/\/Test\/Ws\/send-Route: \[RequestParameterSourceNotOnConnect\] .*on route "send"/);
  });

  test('warns when a proxy integration has integration responses (they are never used)', () => {
    const { stack, api } = wsStack();
    expect(warningOf(() => api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { responses: [{}] }) })))
      .toMatch(/\/Test\/Ws\/send-Route: \[IntegrationResponseOnProxy\]/);
  });

  test('fails when one integration is used on two APIs', () => {
    const { stack, api } = wsStack();
    const integration = new WebSocketApiLambdaIntegration('Integration', fn(stack));
    api.addRoute('send', { integration });
    const other = new apigwv2.WebSocketApi(stack, 'Other');
    expect(errorOf(() => other.addRoute('send', { integration }))).toMatch(/IntegrationSharedAcrossApis/);
  });

  test('warns when integration responses are on a one-way route', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { proxy: false, responses: [{}] }) });
    Annotations.fromStack(stack).hasWarning('/Test/Ws/send-Route', Match.stringLikeRegexp('IntegrationResponseNotReturned'));
  });

  test('warns when a custom integration on a two-way route has no $default integration response', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { proxy: false }), returnResponse: true });
    Annotations.fromStack(stack).hasWarning('/Test/Ws/send-Route', Match.stringLikeRegexp('^\\[IntegrationResponseMissing\\]'));
  });

  test('a role given is used as it is', () => {
    const { stack, api } = wsStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/invoker');
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { credentials: BackendCredentials.fromRole(role) }) });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: 'arn:aws:iam::123456789012:role/invoker' });
  });
});
