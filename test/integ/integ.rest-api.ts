// Deployable proof for REST: a Lambda proxy method answers with a marker, and an SQS method delivers the
// request body to the queue. `IntegTest` assertions call the deployed stage and read the queue.
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IntegrationChecks, RestApiLambdaIntegration, RestApiSqsIntegration } from '../../src';

const MARKER = 'rest-lambda-reached';
const QUEUE_MARKER = 'rest-sqs-reached';

const app = new App();
const stack = new Stack(app, 'IntegRestApi');
const fn = new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(`exports.handler = async () => ({ statusCode: 200, body: JSON.stringify({ marker: '${MARKER}' }) });`),
});
const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
const api = new apigw.RestApi(stack, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], cloudWatchRole: false });
api.root.addResource('hello').addMethod('GET', new RestApiLambdaIntegration(fn));
api.root.addResource('orders').addMethod('POST', RestApiSqsIntegration.sendMessage(queue));
Aspects.of(app).add(new IntegrationChecks());

const integ = new IntegTest(app, 'RestApiIntegrations', { testCases: [stack], diffAssets: false, stackUpdateWorkflow: false });

// Lambda proxy: the function's marker comes back through the stage.
integ.assertions.httpApiCall(api.urlForPath('/hello')).expect(ExpectedResult.objectLike({ status: 200, body: { marker: MARKER } }));

// SQS: the POST body arrives in the queue.
integ.assertions.httpApiCall(api.urlForPath('/orders'), {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ marker: QUEUE_MARKER }),
}).expect(ExpectedResult.objectLike({ status: 200 })).next(
  integ.assertions.awsApiCall('SQS', 'receiveMessage', { QueueUrl: queue.queueUrl, WaitTimeSeconds: 20 })
    .expect(ExpectedResult.objectLike({ Messages: Match.arrayWith([Match.objectLike({ Body: Match.stringLikeRegexp(QUEUE_MARKER) })]) }))
    .waitForAssertions({ totalTimeout: Duration.minutes(2), interval: Duration.seconds(10) }),
);

app.synth();
