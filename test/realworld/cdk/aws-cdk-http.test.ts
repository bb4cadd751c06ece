import { Duration } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { checkedStack, findings, handler } from './support';

/**
 * HTTP API apps of aws-cdk's own integration tests (deployed by aws-cdk's CI, each with a committed
 * snapshot), reduced to their integrations. The SQS and Lambda-permission apps are in
 * test/checks/aws-cdk-integ-apps.test.ts and not repeated here.
 */

describe('HTTP API', () => {
  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.stepfunctions.ts
  test('integ.stepfunctions: Step Functions subtypes, StopExecution with a custom ExecutionArn mapping', () => {
    const stack = checkedStack();
    const standard = new sfn.StateMachine(stack, 'Standard', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P1')) });
    const express = new sfn.StateMachine(stack, 'Express', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P2')), stateMachineType: sfn.StateMachineType.EXPRESS,
    });
    const api = new apigwv2.HttpApi(stack, 'Api');
    const add = (path: string, props: integrations.HttpStepFunctionsIntegrationProps) =>
      api.addRoutes({ path, methods: [apigwv2.HttpMethod.POST], integration: new integrations.HttpStepFunctionsIntegration('Integration', props) });
    add('/default', { stateMachine: standard });
    add('/start', { stateMachine: standard, subtype: apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION });
    add('/start-sync', { stateMachine: express, subtype: apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION });
    add('/stop', {
      stateMachine: standard,
      subtype: apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
      parameterMapping: new apigwv2.ParameterMapping().custom('ExecutionArn', '$request.querystring.executionArn'),
    });
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });

  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.eventbridge.ts
  test('integ.eventbridge: EventBridge-PutEvents by default and by explicit subtype (both answered 200)', () => {
    const stack = checkedStack();
    const bus = new events.EventBus(stack, 'Bus');
    const api = new apigwv2.HttpApi(stack, 'Api');
    api.addRoutes({ path: '/default', methods: [apigwv2.HttpMethod.POST], integration: new integrations.HttpEventBridgeIntegration('DefaultIntegration', { eventBusRef: bus.eventBusRef }) });
    api.addRoutes({
      path: '/put-events',
      methods: [apigwv2.HttpMethod.POST],
      integration: new integrations.HttpEventBridgeIntegration('PutEvents', { eventBusRef: bus.eventBusRef, subtype: apigwv2.HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS }),
    });
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });

  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.http-proxy.ts
  test('integ.http-proxy: HTTP URL integration to another HTTP API URL, Lambda integration behind it', () => {
    const stack = checkedStack();
    const backend = new apigwv2.HttpApi(stack, 'LambdaApi', {
      defaultIntegration: new integrations.HttpLambdaIntegration('DefaultIntegration', handler(stack, 'AlwaysSuccess')),
    });
    new apigwv2.HttpApi(stack, 'ProxyApi', { defaultIntegration: new integrations.HttpUrlIntegration('DefaultIntegration', backend.url!) });
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });

  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.add-subroute-integration.ts
  // (its httpApiCall assertions get 200 from all six routes)
  test('integ.add-subroute-integration: Lambda integrations shared by a route and its sub-route, imported functions', () => {
    const stack = checkedStack();
    const api = new apigwv2.HttpApi(stack, 'Api');
    const second = handler(stack, 'Second');
    const third = new lambda.Function(stack, 'Third', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      functionName: 'third-lambda-function',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "third" })'),
    });
    const integrationsByRoute: Array<[string, integrations.HttpLambdaIntegration]> = [
      ['/firstroute', new integrations.HttpLambdaIntegration('First', handler(stack, 'First'))],
      ['/secondroute', new integrations.HttpLambdaIntegration('Second', lambda.Function.fromFunctionAttributes(stack, 'ByAttributes', { functionArn: second.functionArn, sameEnvironment: true }))],
      ['/thirdroute', new integrations.HttpLambdaIntegration('Third', lambda.Function.fromFunctionName(stack, 'ByName', 'third-lambda-function'))],
    ];
    for (const [path, integration] of integrationsByRoute) {
      api.addRoutes({ path, methods: [apigwv2.HttpMethod.GET], integration });
      api.addRoutes({ path: `${path}/subroute`, methods: [apigwv2.HttpMethod.GET], integration });
    }
    api.node.addDependency(second, third);
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });

  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.alb.ts
  test('integ.alb: private integration to an ALB listener through a generated VPC link', () => {
    const stack = checkedStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
    const listener = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc }).addListener('Listener', { port: 80 });
    listener.addAction('Fixed', { action: elbv2.ListenerAction.fixedResponse(200) });
    new apigwv2.HttpApi(stack, 'Api', { defaultIntegration: new integrations.HttpAlbIntegration('DefaultIntegration', listener) });
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });

  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.nlb.ts
  test('integ.nlb: private integration to an NLB listener with a 20 s timeout', () => {
    const stack = checkedStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
    const listener = new elbv2.NetworkLoadBalancer(stack, 'Lb', { vpc }).addListener('Listener', { port: 80 });
    listener.addTargets('Target', { port: 80 });
    new apigwv2.HttpApi(stack, 'Api', { defaultIntegration: new integrations.HttpNlbIntegration('DefaultIntegration', listener, { timeout: Duration.seconds(20) }) });
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });

  // Source: https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk-testing/framework-integ/test/aws-apigatewayv2-integrations/test/http/integ.service-discovery.ts
  test('integ.service-discovery: Cloud Map service through an explicit VPC link', () => {
    const stack = checkedStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
    const vpcLink = new apigwv2.VpcLink(stack, 'VpcLink', { vpc });
    const service = new servicediscovery.PrivateDnsNamespace(stack, 'Namespace', { name: 'foobar.com', vpc }).createService('Service');
    new apigwv2.HttpApi(stack, 'Api', { defaultIntegration: new integrations.HttpServiceDiscoveryIntegration('DefaultIntegration', service, { vpcLink }) });
    expect(findings(stack)).toEqual({ errors: [], warnings: [] });
  });
});
