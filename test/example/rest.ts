import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';
import {
  AwsServiceUri,
  BackendCredentials,
  RequestValue,
  ResponseValue,
  RestApiAwsIntegration,
  RestApiConnection,
  RestApiDynamoDbIntegration,
  RestApiEventBridgeIntegration,
  RestApiHttpIntegration,
  RestApiKinesisIntegration,
  RestApiLambdaIntegration,
  RestApiMockIntegration,
  RestApiS3Integration,
  RestApiSnsIntegration,
  RestApiSqsIntegration,
  RestApiStepFunctionsIntegration,
} from '../../src';

/** REST API examples: every REST integration kind of this library, plus aws-cdk-lib's own under the same checks. */
export function addRestExamples(scope: Construct, backends: ExampleBackends): void {
  const api = new apigw.RestApi(scope, 'Api', { restApiName: 'example-rest', endpointTypes: [apigw.EndpointType.REGIONAL], cloudWatchRole: false });
  const fn = backends.handler;

  // Lambda: proxy (one permission for the whole API), custom with templates, and aws-cdk-lib's own next to it.
  const items = api.root.addResource('items');
  items.addMethod('GET', new RestApiLambdaIntegration(fn));
  items.addResource('{id}').addMethod('POST', new RestApiLambdaIntegration(fn, {
    proxy: false,
    requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')", "body": $input.json(\'$\')}' },
    requestParameters: { headers: { 'X-Item': RequestValue.path('id') } },
    integrationResponses: [
      { statusCode: 200, responseHeaders: { 'X-Request-Id': ResponseValue.context('requestId') } },
      { statusCode: 400, selectionPattern: '.*Invalid.*' },
    ],
  }));
  api.root.addResource('cdk').addMethod('GET', new apigw.LambdaIntegration(fn, { scopePermissionToMethod: false }));

  // HTTP: public URL with a mapped placeholder; private through a VPC link chosen per stage.
  api.root.addResource('http').addResource('{id}').addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}', {
    requestParameters: { paths: { id: RequestValue.path('id') } },
  }));
  api.root.addResource('private').addMethod('GET', new RestApiHttpIntegration('http://internal.example.com/', { connection: RestApiConnection.stageVariable('vpcLinkId') }));

  // MOCK
  api.root.addResource('health').addMethod('GET', new RestApiMockIntegration({ statusCode: 200, responseBody: '{"ok": true}' }));

  // AWS services
  const role = new iam.Role(scope, 'ListQueuesRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:ListQueues'], resources: ['*'] }));
  api.root.addResource('queues').addMethod('GET', new RestApiAwsIntegration({
    uri: AwsServiceUri.action('sqs', 'ListQueues'), credentials: BackendCredentials.fromRole(role), integrationResponses: [{ statusCode: 200 }],
  }));
  api.root.addResource('orders').addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(scope, 'Queue')));
  api.root.addResource('notify').addMethod('POST', RestApiSnsIntegration.publish(new sns.Topic(scope, 'Topic')));
  const table = new dynamodb.Table(scope, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  const records = api.root.addResource('records');
  records.addMethod('PUT', RestApiDynamoDbIntegration.putItem(table));
  records.addMethod('POST', RestApiDynamoDbIntegration.query(table));
  api.root.addResource('stream').addMethod('POST', RestApiKinesisIntegration.putRecord(new kinesis.Stream(scope, 'Stream', { shardCount: 1 })));
  api.root.addResource('events').addMethod('POST', RestApiEventBridgeIntegration.putEvents(new events.EventBus(scope, 'Bus'), { source: 'example', detailType: 'Created' }));
  const machine = new sfn.StateMachine(scope, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, 'Pass')), stateMachineType: sfn.StateMachineType.EXPRESS });
  api.root.addResource('run').addMethod('POST', RestApiStepFunctionsIntegration.startSyncExecution(machine));
  const file = api.root.addResource('files').addResource('{key}');
  const bucket = new s3.Bucket(scope, 'Bucket');
  file.addMethod('GET', RestApiS3Integration.getObject(bucket));
  file.addMethod('PUT', RestApiS3Integration.putObject(bucket));
}
