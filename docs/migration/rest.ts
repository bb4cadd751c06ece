import { Duration, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  AwsServiceUri, BackendCredentials, RequestValue, RestApiAwsIntegration, RestApiHttpIntegration,
  RestApiLambdaIntegration, RestApiMockIntegration, RestApiStepFunctionsIntegration,
} from '../../src';

declare const stack: Stack;
declare const fn: lambda.IFunction;
declare const role: iam.IRole;
declare const machine: sfn.IStateMachine;

// Before: aws-cdk-lib's aws-apigateway
const before = new apigw.RestApi(stack, 'Before');
before.root.addResource('orders').addMethod('GET', new apigw.LambdaIntegration(fn));
before.root.addResource('items').addResource('{id}').addMethod('GET', new apigw.HttpIntegration('https://example.com/items/{id}', {
  options: { requestParameters: { 'integration.request.path.id': 'method.request.path.id' }, timeout: Duration.seconds(10) },
}));
before.root.addResource('topics').addMethod('POST', new apigw.AwsIntegration({
  service: 'sns', action: 'Publish', options: { credentialsRole: role },
}));
before.root.addResource('health').addMethod('GET', new apigw.MockIntegration({
  requestTemplates: { 'application/json': '{"statusCode": 200}' },
  integrationResponses: [{ statusCode: '200' }],
}), { methodResponses: [{ statusCode: '200' }] });
before.root.addResource('runs').addMethod('POST', apigw.StepFunctionsIntegration.startExecution(machine));

// After: this library (the method request parameters and method responses are declared for you)
const after = new apigw.RestApi(stack, 'After');
after.root.addResource('orders').addMethod('GET', new RestApiLambdaIntegration(fn));
after.root.addResource('items').addResource('{id}').addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}', {
  requestParameters: { paths: { id: RequestValue.path('id') } }, timeout: Duration.seconds(10),
}));
after.root.addResource('topics').addMethod('POST', new RestApiAwsIntegration({
  uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.fromRole(role),
}));
after.root.addResource('health').addMethod('GET', new RestApiMockIntegration({ statusCode: 200 }));
after.root.addResource('runs').addMethod('POST', RestApiStepFunctionsIntegration.startExecution(machine));
