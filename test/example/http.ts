import { Duration } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';
import {
  HttpApiEventBridgeIntegration, HttpApiKinesisIntegration, HttpApiLambdaIntegration, HttpApiPrivateIntegration,
  HttpApiRequestParameter, HttpApiResponseParameter, HttpApiSqsIntegration, HttpApiStepFunctionsIntegration,
  HttpApiUrlIntegration, RequestValue, ResponseValue,
} from '../../src';

/** HTTP API examples: Lambda, URL, private (ALB in a VPC) and five AWS-service subtypes. */
export function addHttpExamples(scope: Construct, backends: ExampleBackends): void {
  const api = new apigwv2.HttpApi(scope, 'Api', { apiName: 'example-http' });
  const add = (path: string, method: apigwv2.HttpMethod, integration: apigwv2.HttpRouteIntegration) =>
    api.addRoutes({ path, methods: [method], integration });

  // Lambda: one integration for many routes, one permission for the whole API, 30 s timeout.
  const lambda = new HttpApiLambdaIntegration('Lambda', backends.handler, {
    timeout: Duration.seconds(30),
    responseParameters: [{ statusCode: 200, parameters: [HttpApiResponseParameter.appendHeader('x-request-id', ResponseValue.context('requestId'))] }],
  });
  add('/lambda', apigwv2.HttpMethod.GET, lambda);
  add('/lambda/{id}', apigwv2.HttpMethod.GET, lambda);

  // URL: the greedy {proxy} of a {proxy+} route.
  add('/url/{proxy+}', apigwv2.HttpMethod.ANY, new HttpApiUrlIntegration('Url', 'https://example.com/{proxy}', {
    method: apigwv2.HttpMethod.ANY,
    requestParameters: [HttpApiRequestParameter.appendHeader('x-request-id', RequestValue.context('requestId'))],
  }));

  // Private: an ALB listener in a VPC, through a VPC link created for the API.
  const vpc = new ec2.Vpc(scope, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const alb = new elbv2.ApplicationLoadBalancer(scope, 'Alb', { vpc });
  const listener = alb.addListener('Listener', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200, { messageBody: 'ok' }) });
  add('/private/{proxy+}', apigwv2.HttpMethod.ANY, HttpApiPrivateIntegration.albListener('Private', listener, { stripStagePrefix: true }));

  // AWS services: each with a role allowed the one action on its target.
  const queue = new sqs.Queue(scope, 'Queue');
  add('/queue', apigwv2.HttpMethod.POST, HttpApiSqsIntegration.sendMessage('SendMessage', queue));
  add('/queue', apigwv2.HttpMethod.GET, HttpApiSqsIntegration.receiveMessage('ReceiveMessage', queue, { maxNumberOfMessages: RequestValue.querystring('max') }));
  add('/events', apigwv2.HttpMethod.POST, HttpApiEventBridgeIntegration.putEvents('PutEvents', new events.EventBus(scope, 'Bus'), {
    source: RequestValue.literal('example.http'), detailType: RequestValue.header('x-event-type'),
  }));
  add('/records', apigwv2.HttpMethod.POST, HttpApiKinesisIntegration.putRecord('PutRecord', new kinesis.Stream(scope, 'Stream', { encryption: kinesis.StreamEncryption.MANAGED })));
  const express = new sfn.StateMachine(scope, 'Express', { stateMachineType: sfn.StateMachineType.EXPRESS, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, 'Pass')) });
  add('/workflow', apigwv2.HttpMethod.POST, HttpApiStepFunctionsIntegration.startSyncExecution('StartSyncExecution', express));
}
