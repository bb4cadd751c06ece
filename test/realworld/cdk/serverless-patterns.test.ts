import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { checkedStack, findings, warningMessages } from './support';

/**
 * Serverless Land patterns (aws-samples/serverless-patterns) written in CDK TypeScript: each is
 * published with deployment instructions and a test request against the deployed API. Reduced to
 * their integrations; IntegrationChecks must report no error on them.
 */

function apiGatewayRole(scope: Construct): iam.Role {
  return new iam.Role(scope, 'ApiGatewayRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
}

const CORS: apigw.CorsOptions = {
  allowHeaders: ['Content-Type', 'X-Amz-Date', 'Authorization', 'X-Api-Key'],
  allowMethods: ['OPTIONS', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowOrigins: ['*'],
};

// Source: https://github.com/aws-samples/serverless-patterns/blob/main/apigw-sqs-cdk-typescript/lib/apigw-sqs.ts
test('apigw-sqs-cdk-typescript: form-encoded SendMessage, three integration responses without patterns, CORS MOCK', () => {
  const stack = checkedStack();
  const queue = new sqs.Queue(stack, 'Queue', { queueName: 'MyCustomQueue' });
  const role = apiGatewayRole(stack);
  queue.grantSendMessages(role);
  const api = new apigw.RestApi(stack, 'Api', { deployOptions: { stageName: 'dev' }, defaultCorsPreflightOptions: CORS });
  api.root.addMethod('POST', new apigw.AwsIntegration({
    service: 'sqs',
    path: `123456789012/${queue.queueName}`,
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
      requestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=$input.body' },
      // no selection pattern on any of them: all three are "default" responses
      integrationResponses: [{ statusCode: '200' }, { statusCode: '400' }, { statusCode: '500' }],
    },
  }), { methodResponses: [{ statusCode: '400' }, { statusCode: '200' }, { statusCode: '500' }] });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});

// Source: https://github.com/aws-samples/serverless-patterns/blob/main/apigw-sqs-msg-filtering-cdk/cdk/lib/apigw-sqs-msg-filtering.ts
// and .../cdk/lib/apigw-sqs-msg-filtering-stack.ts (the VTL template)
test('apigw-sqs-msg-filtering-cdk: SQS JSON protocol (X-Amz-Target), NEVER, a #foreach/#if template', () => {
  const stack = checkedStack();
  const queue = new sqs.Queue(stack, 'Queue', { queueName: 'MyQueueName' });
  const role = apiGatewayRole(stack);
  queue.grantSendMessages(role);
  const api = new apigw.RestApi(stack, 'Api', { deployOptions: { stageName: 'dev' }, defaultCorsPreflightOptions: CORS });
  const vtl = [
    '{',
    "  #set($payload = $input.path('$'))",
    "  #set($messageBody = $input.path('$.messageBody'))",
    '  #if($messageBody.notNeededElement)',
    '  #set($partToRemove = $messageBody.remove("notNeededElement"))',
    '  #end',
    '  #set($payload.filteredMessageBody = $messageBody)',
    '  "MessageBody": "$util.escapeJavaScript($input.json(\'$.filteredMessageBody\'))",',
    '  #if($payload.delaySeconds > 0)',
    '  "DelaySeconds": $payload.delaySeconds,',
    '  #end',
    '  #if($payload.messageAttributes && $payload.messageAttributes.size() > 0)',
    '  "MessageAttributes": {',
    '    #foreach($attrName in $payload.messageAttributes.keySet())',
    '      #set($attr = $payload.messageAttributes.get($attrName))',
    '      "$attrName": { "DataType": "$attr.dataType", "StringValue": "$attr.stringValue" }#if($foreach.hasNext),#end',
    '    #end',
    '  },',
    '  #end',
    `  "QueueUrl": "${queue.queueUrl}"`,
    '}',
  ].join('\n');
  api.root.addResource('sqs').addMethod('POST', new apigw.AwsIntegration({
    service: 'sqs',
    path: `123456789012/${queue.queueName}`,
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      requestParameters: {
        'integration.request.header.Content-Type': "'application/x-amz-json-1.0'",
        'integration.request.header.X-Amz-Target': "'AmazonSQS.SendMessage'",
      },
      passthroughBehavior: apigw.PassthroughBehavior.NEVER,
      requestTemplates: { 'application/json': vtl },
      integrationResponses: [{ statusCode: '200' }, { statusCode: '400' }, { statusCode: '500' }],
    },
  }), {
    methodResponses: [{ statusCode: '400' }, { statusCode: '200', responseModels: { 'application/json': apigw.Model.EMPTY_MODEL } }, { statusCode: '500' }],
  });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});

// Source: https://github.com/aws-samples/serverless-patterns/blob/main/apigw-http-api-eventbridge-cdk/cdk/lib/api-eventbridge-stack.ts
test('apigw-http-api-eventbridge-cdk: L1 EventBridge-PutEvents with static Source/DetailType, 1.0, 10 s', () => {
  const stack = checkedStack();
  const bus = new events.EventBus(stack, 'Bus', { eventBusName: 'MyEventBus' });
  const role = apiGatewayRole(stack);
  bus.grantPutEventsTo(role);
  const api = new apigwv2.HttpApi(stack, 'Api');
  const integration = new apigwv2.CfnIntegration(stack, 'EventBridgeIntegration', {
    apiId: api.httpApiId,
    integrationType: 'AWS_PROXY',
    integrationSubtype: 'EventBridge-PutEvents',
    credentialsArn: role.roleArn,
    requestParameters: { Source: 'WebApp', DetailType: 'MyDetailType', Detail: '$request.body', EventBusName: bus.eventBusArn },
    payloadFormatVersion: '1.0',
    timeoutInMillis: 10000,
  });
  new apigwv2.CfnRoute(stack, 'EventRoute', { apiId: api.httpApiId, routeKey: 'POST /', target: `integrations/${integration.ref}` });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});

// Source: https://github.com/aws-samples/serverless-patterns/blob/main/apigw-fargate-cdk/cdk/lib/cdk-stack.ts
test('apigw-fargate-cdk: L1 HTTP_PROXY (GET) to an internal ALB listener ARN through a VPC link, 1.0', () => {
  const stack = checkedStack();
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3 });
  const listener = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc, internetFacing: false }).addListener('Listener', { port: 80 });
  listener.addAction('Fixed', { action: elbv2.ListenerAction.fixedResponse(200) });
  const vpcLink = new apigwv2.CfnVpcLink(stack, 'HttpVpcLink', { name: 'V2 VPC Link', subnetIds: vpc.privateSubnets.map(s => s.subnetId) });
  const api = new apigwv2.HttpApi(stack, 'Api', { apiName: 'ApigwFargate' });
  const integration = new apigwv2.CfnIntegration(stack, 'Integration', {
    apiId: api.httpApiId,
    connectionId: vpcLink.ref,
    connectionType: 'VPC_LINK',
    integrationMethod: 'GET',
    integrationType: 'HTTP_PROXY',
    integrationUri: listener.listenerArn,
    payloadFormatVersion: '1.0',
  });
  new apigwv2.CfnRoute(stack, 'Route', { apiId: api.httpApiId, routeKey: 'GET /', target: `integrations/${integration.ref}` });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});
