import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { errorOf, fn, integrationProps, route, setup, synth } from './support';
import { HttpApiLambdaIntegration, HttpApiPayloadFormatVersion, HttpApiRequestParameter, HttpApiResponseParameter, BackendCredentials, RequestValue, ResponseValue } from '../../src';

describe('HttpApiLambdaIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack)));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('AWS_PROXY to the function ARN with payload format 2.0 and no method', () => {
    const { stack, api } = setup();
    const handler = fn(stack);
    route(api, '/orders', new HttpApiLambdaIntegration('Orders', handler));
    const p = integrationProps(synth(stack));
    expect(p).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0', IntegrationUri: stack.resolve(handler.functionArn) });
    expect(p.IntegrationMethod).toBeUndefined();
  });

  test('payload format 1.0 on request', () => {
    const { stack, api } = setup();
    route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack), { payloadFormatVersion: HttpApiPayloadFormatVersion.VERSION_1_0 }));
    expect(integrationProps(synth(stack)).PayloadFormatVersion).toBe('1.0');
  });

  test('300 routes on one function: one integration and exactly one permission, for the whole API', () => {
    const { stack, api } = setup();
    const handler = fn(stack);
    const integration = new HttpApiLambdaIntegration('Handler', handler);
    for (let i = 0; i < 300; i++) route(api, `/r${i}/{id}`, integration, i % 2 ? apigwv2.HttpMethod.GET : apigwv2.HttpMethod.POST);
    const t = synth(stack);
    t.resourceCountIs('AWS::ApiGatewayV2::Route', 300);
    t.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
    t.resourceCountIs('AWS::Lambda::Permission', 1);
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'apigateway.amazonaws.com',
      SourceArn: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':execute-api:'), { Ref: stack.getLogicalId(api.node.defaultChild as apigwv2.CfnApi) }, '/*/*/*'])] },
    });
  });

  test('two functions on one API: one permission each; one function on two APIs: one per API', () => {
    const { stack, api } = setup();
    const a = fn(stack, 'A');
    const other = new apigwv2.HttpApi(stack, 'Other');
    route(api, '/a', new HttpApiLambdaIntegration('A', a));
    route(api, '/b', new HttpApiLambdaIntegration('B', fn(stack, 'B')));
    route(other, '/a', new HttpApiLambdaIntegration('A', a));
    synth(stack).resourceCountIs('AWS::Lambda::Permission', 3);
  });

  test('scopePermissionToRoute: one permission per route, scoped to its method and path', () => {
    const { stack, api } = setup();
    const integration = new HttpApiLambdaIntegration('Orders', fn(stack), { scopePermissionToRoute: true });
    route(api, '/orders', integration, apigwv2.HttpMethod.GET);
    route(api, '/orders/{id}', integration, apigwv2.HttpMethod.DELETE);
    const t = synth(stack);
    t.resourceCountIs('AWS::Lambda::Permission', 2);
    t.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: { 'Fn::Join': ['', Match.arrayWith(['/*/DELETE/orders/*'])] } });
  });

  test('credentials: a created role granted lambda:InvokeFunction replaces the permission', () => {
    const { stack, api } = setup();
    route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack), { credentials: BackendCredentials.createRole() }));
    const t = synth(stack);
    t.resourceCountIs('AWS::Lambda::Permission', 0);
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction' })]) } }] });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('InvokeRole'), 'Arn'] } });
  });

  test('credentials: a given role is granted and used', () => {
    const { stack, api } = setup();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/invoker');
    route(api, '/a', new HttpApiLambdaIntegration('A', fn(stack, 'A'), { credentials: BackendCredentials.fromRole(role) }));
    const t = synth(stack);
    t.resourceCountIs('AWS::Lambda::Permission', 0);
    expect(integrationProps(t).CredentialsArn).toBe('arn:aws:iam::123456789012:role/invoker');
  });

  test('fails when the caller identity is chosen (CloudFormation cannot deploy it on HTTP APIs)', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/b', new HttpApiLambdaIntegration('B', fn(stack), { credentials: BackendCredentials.callerIdentity() }))))
      .toMatch(/^\[Test\/Api\/POST--b\] HttpApiLambdaIntegration: 1 problem\n- CallerCredentialsNotSupported: /);
  });

  test('a 30000 ms timeout synthesizes (aws-cdk-lib stops at 29 s); 30001 ms fails naming the route', () => {
    const { stack, api } = setup();
    route(api, '/slow', new HttpApiLambdaIntegration('Slow', fn(stack), { timeout: Duration.millis(30_000) }));
    expect(integrationProps(synth(stack)).TimeoutInMillis).toBe(30_000);

    const again = setup();
    expect(errorOf(() => route(again.api, '/slower', new HttpApiLambdaIntegration('Slower', fn(again.stack), { timeout: Duration.millis(30_001) }))))
      .toMatch(/^\[Test\/Api\/POST--slower\] HttpApiLambdaIntegration: 1 problem\n- TimeoutOutOfRange: .*got 30001 ms/);
  });

  test('description, request and response parameters are rendered', () => {
    const { stack, api } = setup();
    route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack), {
      description: 'orders',
      requestParameters: [HttpApiRequestParameter.appendHeader('x-tenant', RequestValue.header('tenant')), HttpApiRequestParameter.removeQuerystring('debug')],
      responseParameters: [{ statusCode: 404, parameters: [HttpApiResponseParameter.overwriteStatusCode(403), HttpApiResponseParameter.appendHeader('x-id', ResponseValue.context('requestId'))] }],
    }));
    expect(integrationProps(synth(stack))).toMatchObject({
      Description: 'orders',
      RequestParameters: { 'append:header.x-tenant': '$request.header.tenant', 'remove:querystring.debug': "''" },
      ResponseParameters: { 404: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '403' }, { Destination: 'append:header.x-id', Source: '$context.requestId' }] } },
    });
  });

  test('fails when a reserved header is mapped or a multi-value source is used, all problems at once', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack), {
      requestParameters: [HttpApiRequestParameter.overwriteHeader('Authorization', RequestValue.literal('x')), HttpApiRequestParameter.appendHeader('x-a', RequestValue.multiValueHeader('a'))],
    })))).toMatch(/^\[Test\/Api\/POST--orders\] HttpApiLambdaIntegration: 2 problems\n- RequestParameterValueInvalid: .*\n- ReservedHeaderMapped: .*"Authorization"/);
  });

  test('fails when a response parameter has a status code outside 200–599 or a request source', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack), {
      responseParameters: [{ statusCode: 199, parameters: [HttpApiResponseParameter.removeHeader('x-debug')] }],
    })))).toMatch(/\[Test\/Api\/POST--orders\] .*\n- ResponseParameterInvalid: .*got "199"/);
  });

  test('fails when a description is longer than 1024 characters', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/orders', new HttpApiLambdaIntegration('Orders', fn(stack), { description: 'x'.repeat(1025) }))))
      .toMatch(/\[Test\/Api\/POST--orders\] .*\n- ValueTooLong: /);
  });

  test('fails when the same request parameter is changed twice, or a status code is mapped twice', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/a', new HttpApiLambdaIntegration('A', fn(stack, 'A'), {
      requestParameters: [HttpApiRequestParameter.removeHeader('x'), HttpApiRequestParameter.removeHeader('x')],
    })))).toMatch(/\[Test\/Api\/POST--a\] .*\n- RequestParameterDuplicated: /);
    expect(errorOf(() => route(api, '/b', new HttpApiLambdaIntegration('B', fn(stack, 'B'), {
      responseParameters: [{ statusCode: 500, parameters: [] }, { statusCode: 500, parameters: [] }],
    })))).toMatch(/- ResponseParameterDuplicated: /);
  });
});
