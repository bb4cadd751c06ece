import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  AwsServiceUri, BackendCredentials, WebSocketApiAwsIntegration, WebSocketApiLambdaIntegration, WebSocketApiMockIntegration,
} from '../../src';

declare const stack: Stack;
declare const fn: lambda.IFunction;
declare const role: iam.IRole;

// Before: aws-cdk-lib's aws-apigatewayv2-integrations
const before = new apigwv2.WebSocketApi(stack, 'Before');
before.addRoute('send', { integration: new integrations.WebSocketLambdaIntegration('Send', fn) });
before.addRoute('ping', { integration: new integrations.WebSocketMockIntegration('Ping'), returnResponse: true });
before.addRoute('save', {
  integration: new integrations.WebSocketAwsIntegration('Save', {
    integrationUri: `arn:aws:apigateway:${stack.region}:dynamodb:action/PutItem`,
    integrationMethod: apigwv2.HttpMethod.POST,
    credentialsRole: role,
  }),
});

// After: this library (the same arguments: a construct id first, the URI inside the props)
const after = new apigwv2.WebSocketApi(stack, 'After');
after.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Send', fn) });
after.addRoute('ping', { integration: new WebSocketApiMockIntegration('Ping'), returnResponse: true });
after.addRoute('save', {
  integration: new WebSocketApiAwsIntegration('Save', {
    uri: AwsServiceUri.action('dynamodb', 'PutItem'),
    credentials: BackendCredentials.fromRole(role),
  }),
});
