import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  HttpApiEventBridgeIntegration, HttpApiLambdaIntegration, HttpApiPrivateIntegration, HttpApiSqsIntegration,
  HttpApiStepFunctionsIntegration, HttpApiUrlIntegration, RequestValue,
} from '../../src';

declare const stack: Stack;
declare const fn: lambda.IFunction;
declare const albListener: elbv2.IApplicationListener;
declare const nlbListener: elbv2.INetworkListener;
declare const service: servicediscovery.IService;
declare const vpcLink: apigwv2.IVpcLink;
declare const queue: sqs.IQueue;
declare const machine: sfn.StateMachine;
declare const bus: events.IEventBus;

const GET = [apigwv2.HttpMethod.GET];
const POST = [apigwv2.HttpMethod.POST];

// Before: aws-cdk-lib's aws-apigatewayv2-integrations
const before = new apigwv2.HttpApi(stack, 'Before');
before.addRoutes({ path: '/orders', methods: GET, integration: new integrations.HttpLambdaIntegration('Orders', fn) });
before.addRoutes({ path: '/docs', methods: GET, integration: new integrations.HttpUrlIntegration('Docs', 'https://example.com/docs') });
before.addRoutes({ path: '/alb', methods: GET, integration: new integrations.HttpAlbIntegration('Alb', albListener) });
before.addRoutes({ path: '/nlb', methods: GET, integration: new integrations.HttpNlbIntegration('Nlb', nlbListener) });
before.addRoutes({ path: '/map', methods: GET, integration: new integrations.HttpServiceDiscoveryIntegration('Map', service, { vpcLink }) });
before.addRoutes({ path: '/queue', methods: POST, integration: new integrations.HttpSqsIntegration('Queue', { queue }) });
before.addRoutes({ path: '/runs', methods: POST, integration: new integrations.HttpStepFunctionsIntegration('Runs', { stateMachine: machine }) });
before.addRoutes({ path: '/events', methods: POST, integration: new integrations.HttpEventBridgeIntegration('Events', { eventBusRef: bus.eventBusRef }) });

// After: this library (service integrations are one static factory per action)
const after = new apigwv2.HttpApi(stack, 'After');
after.addRoutes({ path: '/orders', methods: GET, integration: new HttpApiLambdaIntegration('Orders', fn) });
after.addRoutes({ path: '/docs', methods: GET, integration: new HttpApiUrlIntegration('Docs', 'https://example.com/docs', { method: apigwv2.HttpMethod.GET }) });
after.addRoutes({ path: '/alb', methods: GET, integration: HttpApiPrivateIntegration.albListener('Alb', albListener) });
after.addRoutes({ path: '/nlb', methods: GET, integration: HttpApiPrivateIntegration.nlbListener('Nlb', nlbListener) });
after.addRoutes({ path: '/map', methods: GET, integration: HttpApiPrivateIntegration.cloudMapService('Map', service, { vpcLink }) });
after.addRoutes({ path: '/queue', methods: POST, integration: HttpApiSqsIntegration.sendMessage('Queue', queue) });
after.addRoutes({ path: '/runs', methods: POST, integration: HttpApiStepFunctionsIntegration.startExecution('Runs', machine) });
after.addRoutes({
  path: '/events', methods: POST, integration: HttpApiEventBridgeIntegration.putEvents('Events', bus, {
    detailType: RequestValue.literal('order.created'), source: RequestValue.literal('shop'),
  }),
});
