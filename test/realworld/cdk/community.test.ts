import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedStack, findings, warningMessages } from './support';

/**
 * Open-source CDK construct libraries that deploy their own integration tests in CI.
 */

// Source: https://github.com/developmentseed/eoapi-cdk/blob/main/lib/tipg-api/index.ts
// (deployed by .github/workflows/deploy.yaml and integration-test.yaml with integration_tests/cdk/app.py)
test('eoapi-cdk tipg-api: HTTP API Lambda proxy with a custom domain, host header overwritten by parameter mapping', () => {
  const stack = checkedStack();
  const fn = new lambda.Function(stack, 'Handler', {
    runtime: lambda.Runtime.PYTHON_3_11, handler: 'handler.handler', code: lambda.Code.fromInline('def handler(e, c): return {}'),
  });
  const domainName = new apigwv2.DomainName(stack, 'Domain', {
    domainName: 'tipg.example.com',
    certificate: acm.Certificate.fromCertificateArn(stack, 'Certificate', 'arn:aws:acm:us-east-1:123456789012:certificate/abc'),
  });
  new apigwv2.HttpApi(stack, 'Api', {
    defaultDomainMapping: { domainName },
    defaultIntegration: new integrations.HttpLambdaIntegration('integration', fn, {
      parameterMapping: new apigwv2.ParameterMapping().overwriteHeader('host', apigwv2.MappingValue.custom(domainName.name)),
    }),
  });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});

// Source: https://github.com/elthrasher/cdk-apigateway-dynamodb/blob/main/src/apig-crud-stack.ts
// (deployed and called in https://dev.to/elthrasher/aws-cdk-api-gateway-service-integration-with-dynamodb-2ek0)
test('cdk-apigateway-dynamodb: DynamoDB CRUD without Lambda, "400" and "5\\d{2}" patterns, CORS preflight', () => {
  const stack = checkedStack();
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  const api = new apigw.RestApi(stack, 'Api', { defaultCorsPreflightOptions: { allowOrigins: apigw.Cors.ALL_ORIGINS } });
  const errors: apigw.IntegrationResponse[] = [
    { selectionPattern: '400', statusCode: '400', responseTemplates: { 'application/json': '{ "error": "Bad input!" }' } },
    { selectionPattern: '5\\d{2}', statusCode: '500', responseTemplates: { 'application/json': '{ "error": "Internal Service Error!" }' } },
  ];
  const dynamo = (action: string, template: string, ok: apigw.IntegrationResponse = { statusCode: '200' }) => new apigw.AwsIntegration({
    service: 'dynamodb',
    action,
    options: { credentialsRole: role, integrationResponses: [ok, ...errors], requestTemplates: { 'application/json': template } },
  });
  const item = '"Name": { "S": "$input.path(\'$.name\')" }, "Color": { "S": "$input.path(\'$.color\')" }';
  const responses = { methodResponses: [{ statusCode: '200' }, { statusCode: '400' }] };
  const all = api.root.addResource('kitten');
  const one = all.addResource('{id}');
  all.addMethod('GET', dynamo('Scan', '{ "TableName": "Kitten" }'), responses);
  all.addMethod('POST', dynamo('PutItem', `{ "Item": { "KittenId": { "S": "$context.requestId" }, ${item} }, "TableName": "Kitten" }`,
    { statusCode: '200', responseTemplates: { 'application/json': '{ "requestId": "$context.requestId" }' } }), responses);
  one.addMethod('DELETE', dynamo('DeleteItem', '{ "Key": { "KittenId": { "S": "$method.request.path.id" } }, "TableName": "Kitten" }'), responses);
  one.addMethod('GET', dynamo('GetItem', '{ "Key": { "KittenId": { "S": "$method.request.path.id" } }, "TableName": "Kitten" }'), responses);
  one.addMethod('PUT', dynamo('PutItem', `{ "Item": { "KittenId": { "S": "$method.request.path.id" }, ${item} }, "TableName": "Kitten" }`), responses);
  // true: the "5\d{2}" integration response selects status 500, which no method response declares
  expect(findings(stack)).toEqual({ errors: [], warnings: ['MethodResponseMissing'] });
});
