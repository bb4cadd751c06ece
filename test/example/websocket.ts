import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';
import {
  AwsServiceUri, BackendCredentials, RequestValue, WebSocketApiAwsIntegration, WebSocketApiDynamoDbIntegration,
  WebSocketApiEventBridgeIntegration, WebSocketApiHttpIntegration, WebSocketApiIntegrationResponseKey, WebSocketApiKinesisIntegration,
  WebSocketApiLambdaIntegration, WebSocketApiMockIntegration, WebSocketApiSqsIntegration, WebSocketApiStepFunctionsIntegration,
} from '../../src';

/** WebSocket API examples: one route per kind of integration. */
export function addWebSocketExamples(scope: Construct, backends: ExampleBackends): void {
  const api = new apigwv2.WebSocketApi(scope, 'Api', {
    apiName: 'example-websocket',
    // Lambda proxy on $connect: header and query-string sources exist only here.
    connectRouteOptions: {
      integration: new WebSocketApiLambdaIntegration('Connect', backends.handler, {
        requestParameters: { headers: { 'x-token': RequestValue.querystring('token') } },
      }),
    },
    // MOCK on $default, two-way: answers unknown actions itself.
    defaultRouteOptions: {
      integration: new WebSocketApiMockIntegration('UnknownAction', {
        responses: [{ responseTemplates: { $default: '{"error": "unknown action"}' } }],
      }),
      returnResponse: true,
    },
  });
  api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Send', backends.handler) });
  api.addRoute('transform', {
    integration: new WebSocketApiLambdaIntegration('Transform', backends.handler, {
      proxy: false,
      requestTemplates: { $default: '{"connectionId": "$context.connectionId", "body": $input.body}' },
      templateSelectionExpression: '\\$default',
      responses: [{ key: WebSocketApiIntegrationResponseKey.DEFAULT }, { key: WebSocketApiIntegrationResponseKey.errorPattern('.*Invalid.*'), responseTemplates: { $default: '{"error": "invalid"}' } }],
    }),
    returnResponse: true,
  });
  api.addRoute('order', {
    integration: new WebSocketApiHttpIntegration('Order', 'https://example.com/orders', {
      requestParameters: { headers: { 'x-connection-id': RequestValue.context('connectionId') } },
      requestTemplates: { $default: '{"order": $input.json(\'$.order\')}' },
      templateSelectionExpression: '\\$default',
      responses: [{ responseTemplates: { $default: '{"received": true}' } }, { key: WebSocketApiIntegrationResponseKey.SERVER_ERROR, responseTemplates: { $default: '{"error": "try again"}' } }],
    }),
    returnResponse: true,
  });
  api.addRoute('forward', { integration: new WebSocketApiHttpIntegration('Forward', 'https://example.com/messages', { proxy: true }) });

  const topic = new sns.Topic(scope, 'Topic');
  const publisher = new iam.Role(scope, 'Publisher', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  topic.grantPublish(publisher);
  api.addRoute('publish', {
    integration: new WebSocketApiAwsIntegration('Publish', {
      uri: AwsServiceUri.action('sns', 'Publish'),
      credentials: BackendCredentials.fromRole(publisher),
      requestParameters: { headers: { 'Content-Type': RequestValue.literal('application/x-www-form-urlencoded') } },
      requestTemplates: { $default: `Action=Publish&TopicArn=$util.urlEncode('${topic.topicArn}')&Message=$util.urlEncode($input.body)` },
      templateSelectionExpression: '\\$default',
    }),
  });
  api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Enqueue', new sqs.Queue(scope, 'Queue')) });
  const table = new dynamodb.Table(scope, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
  api.addRoute('save', { integration: WebSocketApiDynamoDbIntegration.putItem('Save', table) });
  api.addRoute('track', { integration: WebSocketApiKinesisIntegration.putRecord('Track', new kinesis.Stream(scope, 'Stream', { encryption: kinesis.StreamEncryption.MANAGED })) });
  api.addRoute('event', { integration: WebSocketApiEventBridgeIntegration.putEvents('Event', new events.EventBus(scope, 'Bus'), { source: 'example.chat' }) });
  const stateMachine = new sfn.StateMachine(scope, 'Workflow', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, 'Pass')) });
  api.addRoute('start', { integration: WebSocketApiStepFunctionsIntegration.startExecution('Start', stateMachine) });

  new apigwv2.WebSocketStage(scope, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
}
