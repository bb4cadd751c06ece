import { Duration } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { checkedStack, findings, handler, warningMessages } from './support';

/**
 * Examples of aws-samples/aws-cdk-examples (typescript/*): each is a deployable CDK app with
 * deployment and test instructions. Reduced to their integrations.
 */

// Source: https://github.com/aws-samples/aws-cdk-examples/blob/main/typescript/api-gateway-async-lambda-invocation/lib/api-gateway-async-lambda-invocation-stack.ts
test('api-gateway-async-lambda-invocation: Lambda non-proxy with X-Amz-Invocation-Type Event, DynamoDB GetItem', () => {
  const stack = checkedStack();
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'jobId', type: dynamodb.AttributeType.STRING } });
  const fn = handler(stack);
  const api = new apigw.LambdaRestApi(stack, 'Api', { handler: fn, proxy: false });
  const job = api.root.addResource('job');
  job.addMethod('POST', new apigw.LambdaIntegration(fn, {
    proxy: false,
    requestParameters: { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" },
    requestTemplates: { 'application/json': '{ "jobId": "$context.requestId", "body": $input.json(\'$\') }' },
    // neither has a selection pattern: both are "default" responses (the 200 one answers)
    integrationResponses: [
      { statusCode: '200', responseTemplates: { 'application/json': '{"jobId": "$context.requestId"}' } },
      { statusCode: '500', responseTemplates: { 'application/json': '{"error": "failed", "details": "$context.integrationErrorMessage"}' } },
    ],
  }), { methodResponses: [{ statusCode: '200' }, { statusCode: '500' }] });
  const role = new iam.Role(stack, 'DynamoRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  table.grantReadData(role);
  job.addResource('{jobId}').addMethod('GET', new apigw.AwsIntegration({
    service: 'dynamodb',
    action: 'GetItem',
    options: {
      credentialsRole: role,
      requestTemplates: { 'application/json': `{ "TableName": "${table.tableName}", "Key": { "jobId": { "S": "$input.params('jobId')" } } }` },
      integrationResponses: [
        { statusCode: '200', responseTemplates: { 'application/json': '{ "jobId": "$input.path(\'$.Item.jobId.S\')" }' } },
        { statusCode: '404', selectionPattern: '.*"Item":null.*', responseTemplates: { 'application/json': '{"error": "Job not found"}' } },
      ],
    },
  }), { methodResponses: [{ statusCode: '200' }, { statusCode: '404' }] });
  // true: $context.integrationErrorMessage is an access-logging variable, not one of the variables
  // for data transformations (api-gateway-mapping-template-reference.html#context-variable-reference),
  // so the 500 template prints nothing in its place.
  // true: GetItem is a DynamoDB (non-Lambda) back end, whose integration responses are selected by
  // status code (API reference, IntegrationResponse selectionPattern): '.*"Item":null.*' never selects the 404
  expect(findings(stack)).toEqual({ errors: [], warnings: ['SelectionPatternNeverMatches', 'TemplateContextVariableUnknown'] });
});

// Source: https://github.com/aws-samples/aws-cdk-examples/blob/main/typescript/api-gateway-parallel-step-functions/index.ts
test('api-gateway-parallel-step-functions: StepFunctionsRestApi on EXPRESS plus GET /messages with the default integration', () => {
  const stack = checkedStack();
  const stateMachine = new sfn.StateMachine(stack, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Merge')), stateMachineType: sfn.StateMachineType.EXPRESS,
  });
  const api = new apigw.StepFunctionsRestApi(stack, 'Api', { stateMachine, deployOptions: { stageName: 'dev' } });
  api.root.addResource('messages').addMethod('GET');
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});

// Source: https://github.com/aws-samples/aws-cdk-examples/blob/main/typescript/apigw-streaming-lambda-bedrock/index.ts
test('apigw-streaming-lambda-bedrock: 5 min streaming Lambda on an edge-optimized API, set by property overrides', () => {
  const stack = checkedStack();
  const fn = handler(stack);
  const api = new apigw.RestApi(stack, 'Api', { deployOptions: { stageName: 'prod' } });
  const method = api.root.addResource('chat').addMethod('POST', new apigw.LambdaIntegration(fn, { timeout: Duration.minutes(5) }));
  const cfn = method.node.defaultChild as apigw.CfnMethod;
  cfn.addPropertyOverride('Integration.Uri', `arn:aws:apigateway:${stack.region}:lambda:path/2021-11-15/functions/${fn.functionArn}/response-streaming-invocations`);
  cfn.addPropertyOverride('Integration.ResponseTransferMode', 'STREAM');
  cfn.addPropertyOverride('Integration.TimeoutInMillis', 300000);
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});

// Source: https://github.com/aws-samples/aws-cdk-examples/blob/main/typescript/api-websocket-lambda-dynamodb/index.ts
test('api-websocket-lambda-dynamodb: L1 WebSocket chat, AWS_PROXY Lambda URIs invoked with a credentials role', () => {
  const stack = checkedStack();
  const api = new apigwv2.CfnApi(stack, 'Api', { name: 'ChatAppApi', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  const routes = ['$connect', '$disconnect', 'sendmessage'].map((routeKey, i) => {
    const fn = handler(stack, `Fn${i}`);
    fn.grantInvoke(role);
    const integration = new apigwv2.CfnIntegration(stack, `Integration${i}`, {
      apiId: api.ref,
      integrationType: 'AWS_PROXY',
      credentialsArn: role.roleArn,
      integrationUri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fn.functionArn}/invocations`,
    });
    return new apigwv2.CfnRoute(stack, `Route${i}`, { apiId: api.ref, routeKey, authorizationType: 'NONE', target: `integrations/${integration.ref}` });
  });
  const deployment = new apigwv2.CfnDeployment(stack, 'Deployment', { apiId: api.ref });
  routes.forEach(r => deployment.node.addDependency(r));
  new apigwv2.CfnStage(stack, 'Stage', { apiId: api.ref, autoDeploy: true, deploymentId: deployment.ref, stageName: 'dev' });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});
