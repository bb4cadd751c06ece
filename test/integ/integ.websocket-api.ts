// Deployable proof for WebSocket APIs. The assertion provider can only make HTTP requests and SDK calls,
// and API Gateway has no test-invoke for WebSocket routes (PostToConnection needs a live connection), so a
// small client function in the test stack opens a real WebSocket connection (Node 22's global WebSocket),
// sends one message to a Lambda route (two-way: it returns the marker it received back) and one to an SQS
// route. The assertions invoke the client and then read the queue: both prove traffic went through the API.
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IntegrationChecks, WebSocketApiLambdaIntegration, WebSocketApiSqsIntegration } from '../../src';

const MARKER = 'websocket-lambda-reached';
const QUEUE_MARKER = 'websocket-sqs-reached';

const app = new App();
const stack = new Stack(app, 'IntegWebSocketApi');
const echo = new lambda.Function(stack, 'Echo', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ echo: JSON.parse(event.body).marker }) });'),
});
const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
const api = new apigwv2.WebSocketApi(stack, 'Api', { routeSelectionExpression: '$request.body.action' });
api.addRoute('echo', { integration: new WebSocketApiLambdaIntegration('Integration', echo), returnResponse: true });
api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', queue) });
const stage = new apigwv2.WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'integ', autoDeploy: true });
Aspects.of(app).add(new IntegrationChecks());

// The client: connects, sends both messages, resolves with the echo route's answer.
const client = new lambda.Function(stack, 'Client', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  timeout: Duration.seconds(30),
  environment: { URL: stage.url },
  code: lambda.Code.fromInline([
    'exports.handler = () => new Promise((resolve, reject) => {',
    '  const ws = new WebSocket(process.env.URL);',
    '  const timer = setTimeout(() => { ws.close(); reject(new Error("no answer")); }, 20000);',
    `  ws.onopen = () => { ws.send(JSON.stringify({ action: "enqueue", marker: "${QUEUE_MARKER}" })); ws.send(JSON.stringify({ action: "echo", marker: "${MARKER}" })); };`,
    '  ws.onmessage = (m) => { clearTimeout(timer); ws.close(); resolve(JSON.parse(m.data)); };',
    '  ws.onerror = (e) => { clearTimeout(timer); reject(new Error(String(e.message ?? e.type))); };',
    '});',
  ].join('\n')),
});

const integ = new IntegTest(app, 'WebSocketApiIntegrations', { testCases: [stack], diffAssets: false, stackUpdateWorkflow: false });

// Lambda route: the marker the client sent comes back from the function through the API.
integ.assertions.invokeFunction({ functionName: client.functionName })
  .expect(ExpectedResult.objectLike({ Payload: JSON.stringify({ echo: MARKER }) }))
  .next(
    // SQS route: the message the client sent on the same connection is in the queue.
    integ.assertions.awsApiCall('SQS', 'receiveMessage', { QueueUrl: queue.queueUrl, WaitTimeSeconds: 20 })
      .expect(ExpectedResult.objectLike({ Messages: Match.arrayWith([Match.objectLike({ Body: Match.stringLikeRegexp(QUEUE_MARKER) })]) }))
      .waitForAssertions({ totalTimeout: Duration.minutes(2), interval: Duration.seconds(10) }),
  );

app.synth();
