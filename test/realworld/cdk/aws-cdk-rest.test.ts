import { Duration } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { checkedStack, findings, handler } from './support';

/**
 * REST API apps of aws-cdk's own integration tests (deployed by aws-cdk's CI; each has a committed
 * snapshot), reduced to their integrations: IntegrationChecks must report no error on them.
 */

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.restapi.ts
test('integ.restapi: Lambda proxy, MOCK-less methods, caching stage, usage plan', () => {
  const stack = checkedStack();
  const api = new apigw.RestApi(stack, 'Api', {
    deployOptions: { cacheClusterEnabled: true, stageName: 'beta', methodOptions: { '/api/appliances/GET': { cachingEnabled: true } } },
  });
  const integration = new apigw.LambdaIntegration(handler(stack));
  const v1 = api.root.addResource('v1');
  const toys = v1.addResource('toys');
  toys.addMethod('GET', integration, { apiKeyRequired: true });
  toys.addMethod('POST'); // no integration: MOCK by default
  v1.addResource('$appliances:all').addMethod('GET');
  const books = v1.addResource('books');
  books.addMethod('GET', integration);
  books.addMethod('POST', integration);
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.lambda-api-nonproxy.ts
test('integ.lambda-api-nonproxy: LambdaRestApi with proxy false, WHEN_NO_MATCH, one 200 response', () => {
  const stack = checkedStack();
  new apigw.LambdaRestApi(stack, 'Api', {
    handler: handler(stack),
    integrationOptions: {
      proxy: false,
      passthroughBehavior: apigw.PassthroughBehavior.WHEN_NO_MATCH,
      integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"message":"Hello, word"}' } }],
    },
  });
  // true: the 200 integration response has no method response, so API Gateway answers 500
  // "Output mapping refers to an invalid method response" at run time (the deploy succeeds).
  expect(findings(stack)).toEqual({ errors: [], warnings: ['MethodResponseMissing'] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.cors.ts
test('integ.cors: Lambda proxy methods plus a CORS preflight (MOCK) with two origins', () => {
  const stack = checkedStack();
  const api = new apigw.RestApi(stack, 'Api');
  const twitch = api.root.addResource('twitch');
  const backend = new apigw.LambdaIntegration(handler(stack));
  for (const m of ['GET', 'POST', 'DELETE']) twitch.addMethod(m, backend);
  twitch.addCorsPreflight({ allowOrigins: ['https://google.com', 'https://www.test-cors.org'] });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.restapi.books.ts
test('integ.restapi.books: ANY on root, IAM-authorized default integrations, {book_id} path', () => {
  const stack = checkedStack();
  const api = new apigw.RestApi(stack, 'Api');
  api.root.addMethod('ANY', new apigw.LambdaIntegration(handler(stack, 'Hello')));
  const books = api.root.addResource('books', {
    defaultIntegration: new apigw.LambdaIntegration(handler(stack, 'Books')),
    defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
  });
  books.addMethod('GET');
  books.addMethod('POST');
  const book = books.addResource('{book_id}', { defaultIntegration: new apigw.LambdaIntegration(handler(stack, 'Book')) });
  book.addMethod('GET');
  book.addMethod('DELETE');
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.stepfunctions-api.ts
test('integ.stepfunctions-api: StepFunctionsRestApi on an EXPRESS machine with headers and requestContext', () => {
  const stack = checkedStack();
  const stateMachine = new sfn.StateMachine(stack, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass', { result: { value: 'Hello' } })),
    stateMachineType: sfn.StateMachineType.EXPRESS,
  });
  new apigw.StepFunctionsRestApi(stack, 'Api', {
    stateMachine, headers: true, path: false, querystring: false, requestContext: { accountId: true, userArn: true },
  });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.stepfunctions-startexecution-without-default-method-responses.ts
test('integ.stepfunctions-startexecution-without-default-method-responses: StepFunctionsRestApi with useDefaultMethodResponses false', () => {
  const stack = checkedStack();
  const stateMachine = new sfn.StateMachine(stack, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')),
    stateMachineType: sfn.StateMachineType.EXPRESS,
  });
  new apigw.StepFunctionsRestApi(stack, 'Api', { stateMachine, useDefaultMethodResponses: false });
  // true: the integration responses (200/400/500) select method responses that were switched off.
  expect(findings(stack)).toEqual({ errors: [], warnings: ['MethodResponseMissing'] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.proxy-auto-configure.ts
test('integ.proxy-auto-configure: LambdaRestApi proxy with a timeout', () => {
  const stack = checkedStack();
  new apigw.LambdaRestApi(stack, 'Api', { handler: handler(stack), integrationOptions: { timeout: Duration.seconds(10) } });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.restapi-stream.ts
// (its httpApiCall assertion reads the streamed body back)
test('integ.restapi-stream: POST on the root, Lambda proxy with responseTransferMode STREAM', () => {
  const stack = checkedStack();
  const api = new apigw.RestApi(stack, 'Api');
  api.root.addMethod('POST', new apigw.LambdaIntegration(handler(stack), { responseTransferMode: apigw.ResponseTransferMode.STREAM }));
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigateway/test/integ.lambda-api-stream.ts
test('integ.lambda-api-stream: LambdaRestApi (ANY / and {proxy+}) streaming its responses', () => {
  const stack = checkedStack();
  new apigw.LambdaRestApi(stack, 'Api', { handler: handler(stack), integrationOptions: { responseTransferMode: apigw.ResponseTransferMode.STREAM } });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});
