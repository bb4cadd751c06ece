import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnPropertiesOf } from '../../../src/core/cfn/l1';

const TYPES = ['AWS::ApiGateway::Method', 'AWS::ApiGateway::RestApi', 'AWS::ApiGateway::Resource', 'AWS::ApiGatewayV2::Integration', 'AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::IntegrationResponse'];

test('the aspect reads every API Gateway resource exactly as the template has it', () => {
  const stack = new Stack(new App(), 'T');
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
  const rest = new apigw.RestApi(stack, 'Rest', { endpointTypes: [apigw.EndpointType.REGIONAL] });
  const model = rest.addModel('M', { schema: { type: apigw.JsonSchemaType.OBJECT } });
  rest.root.addResource('a').addResource('{id}').addMethod('POST', new apigw.LambdaIntegration(fn, {
    proxy: false,
    requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
    integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X-Id': "'1'" } }],
  }), {
    requestParameters: { 'method.request.path.id': true },
    methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X-Id': true }, responseModels: { 'application/json': model } }],
  });
  const http = new apigwv2.HttpApi(stack, 'Http');
  http.addRoutes({
    path: '/x',
    integration: new integrations.HttpUrlIntegration('Url', 'https://example.com', {
      parameterMapping: new apigwv2.ParameterMapping().appendHeader('x-a', apigwv2.MappingValue.contextVariable('requestId')),
    }),
  });
  const ws = new apigwv2.WebSocketApi(stack, 'Ws');
  const integ = new apigwv2.CfnIntegration(stack, 'WsInteg', { apiId: ws.apiId, integrationType: 'MOCK', requestTemplates: { $default: '{"statusCode": 200}' }, responseParameters: { 404: { responseParameters: [{ destination: 'overwrite:statuscode', source: '403' }] } } });
  new apigwv2.CfnIntegrationResponse(stack, 'WsResponse', { apiId: ws.apiId, integrationId: integ.ref, integrationResponseKey: '$default', responseTemplates: { $default: '{}' } });

  const template = Template.fromStack(stack).toJSON();
  const l1s = stack.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c) && TYPES.includes(c.cfnResourceType));
  expect(l1s.length).toBeGreaterThanOrEqual(8);
  for (const r of l1s) {
    const expected = template.Resources[stack.resolve(r.logicalId)].Properties ?? {};
    expect({ type: r.cfnResourceType, props: stack.resolve(cfnPropertiesOf(r)) }).toEqual({ type: r.cfnResourceType, props: expected });
  }
});

test('property overrides are read as the template has them', () => {
  const stack = new Stack(new App(), 'T');
  const api = new apigw.CfnRestApi(stack, 'Api', { name: 'a' });
  const m = new apigw.CfnMethod(stack, 'M', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', integration: { type: 'MOCK', timeoutInMillis: 100 } });
  m.addPropertyOverride('Integration.TimeoutInMillis', '10');
  m.addPropertyOverride('Integration.RequestTemplates', { 'application/json': '{}' });
  const template = Template.fromStack(stack).toJSON();
  expect(stack.resolve(cfnPropertiesOf(m))).toEqual(template.Resources.M.Properties);
});
