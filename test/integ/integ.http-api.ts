// Deployable proof for HTTP APIs: a Lambda route answers with a marker, and an SQS-SendMessage route
// (first-class integration, created role) delivers the request body to the queue.
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { HttpApiLambdaIntegration, HttpApiSqsIntegration, IntegrationChecks } from '../../src';

const MARKER = 'http-lambda-reached';
const QUEUE_MARKER = 'http-sqs-reached';

const app = new App();
const stack = new Stack(app, 'IntegHttpApi');
const fn = new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(`exports.handler = async () => ({ statusCode: 200, body: JSON.stringify({ marker: '${MARKER}' }) });`),
});
const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
const api = new apigwv2.HttpApi(stack, 'Api');
api.addRoutes({ path: '/hello', methods: [apigwv2.HttpMethod.GET], integration: new HttpApiLambdaIntegration('Hello', fn) });
api.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.POST], integration: HttpApiSqsIntegration.sendMessage('Orders', queue) });
Aspects.of(app).add(new IntegrationChecks());

const integ = new IntegTest(app, 'HttpApiIntegrations', { testCases: [stack], diffAssets: false, stackUpdateWorkflow: false });

// Lambda: the function's marker comes back through the $default stage.
integ.assertions.httpApiCall(`${api.apiEndpoint}/hello`).expect(ExpectedResult.objectLike({ status: 200, body: { marker: MARKER } }));

// SQS-SendMessage: the POST body arrives in the queue.
integ.assertions.httpApiCall(`${api.apiEndpoint}/orders`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ marker: QUEUE_MARKER }),
}).expect(ExpectedResult.objectLike({ status: 200 })).next(
  integ.assertions.awsApiCall('SQS', 'receiveMessage', { QueueUrl: queue.queueUrl, WaitTimeSeconds: 20 })
    .expect(ExpectedResult.objectLike({ Messages: Match.arrayWith([Match.objectLike({ Body: Match.stringLikeRegexp(QUEUE_MARKER) })]) }))
    .waitForAssertions({ totalTimeout: Duration.minutes(2), interval: Duration.seconds(10) }),
);

app.synth();
