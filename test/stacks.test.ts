// Nested and cross-stack use: integrations whose back end lives in another stack synthesize without a
// dependency cycle, and the Lambda permission lands next to the API (one per function and API).
import { App, NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import {
  HttpApiLambdaIntegration, HttpApiSqsIntegration, HttpApiStepFunctionsIntegration, RestApiLambdaIntegration, RestApiSqsIntegration,
  RestApiStepFunctionsIntegration, WebSocketApiLambdaIntegration, WebSocketApiSqsIntegration, WebSocketApiStepFunctionsIntegration,
} from '../src';
import { expectAppSchemaValid, Json } from './support/schema';

const env = { account: '123456789012', region: 'us-east-1' };

/** The back ends every test puts in the parent (or a shared) stack. A KMS-encrypted queue makes the grant reach a key too. */
interface Backends {
  readonly fn: lambda.IFunction;
  readonly queue: sqs.IQueue;
  readonly machine: sfn.IStateMachine;
}

function backends(scope: Construct): Backends {
  const fn = new lambda.Function(scope, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })'),
  });
  const queue = new sqs.Queue(scope, 'Queue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: new kms.Key(scope, 'Key') });
  const machine = new sfn.StateMachine(scope, 'Machine', {
    stateMachineType: sfn.StateMachineType.EXPRESS, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(scope, 'Pass')),
  });
  return { fn, queue, machine };
}

/**
 * Synthesizes the whole app (a cycle between stacks throws here: "would create a cyclic reference"),
 * schema-checks every template, nested ones included, and returns them by key.
 */
function synthApp(app: App): Record<string, Json> {
  return expectAppSchemaValid(app);
}

function resourcesOfType(template: Json, type: string): Array<[string, Json]> {
  return Object.entries(template.Resources ?? {}).filter(([, r]) => (r as Json).Type === type) as Array<[string, Json]>;
}

/** Every template of the app that has a resource of `type`, with how many. */
function countsOf(templates: Record<string, Json>, type: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, template] of Object.entries(templates)) {
    const n = resourcesOfType(template, type).length;
    if (n > 0) counts[key] = n;
  }
  return counts;
}

function nestedKey(templates: Record<string, Json>): string {
  const keys = Object.keys(templates).filter((k) => k.endsWith('.nested.template.json'));
  expect(keys).toHaveLength(1);
  return keys[0];
}

describe('an integration in a NestedStack whose back end lives in the parent stack', () => {
  test('REST: Lambda, SQS (created role) and Step Functions synthesize without a cycle; permission and role in the nested stack', () => {
    const app = new App();
    const parent = new Stack(app, 'Parent', { env });
    const b = backends(parent);
    const nested = new NestedStack(parent, 'Api');
    const api = new apigw.RestApi(nested, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], cloudWatchRole: false });
    api.root.addResource('fn').addMethod('GET', new RestApiLambdaIntegration(b.fn));
    api.root.addResource('other').addMethod('GET', new RestApiLambdaIntegration(b.fn));
    api.root.addResource('queue').addMethod('POST', RestApiSqsIntegration.sendMessage(b.queue));
    api.root.addResource('run').addMethod('POST', RestApiStepFunctionsIntegration.startSyncExecution(b.machine));

    const templates = synthApp(app);
    const key = nestedKey(templates);
    // one permission for the function on this API, next to the API; roles next to their methods
    expect(countsOf(templates, 'AWS::Lambda::Permission')).toEqual({ [key]: 1 });
    expect(countsOf(templates, 'AWS::IAM::Role')).toEqual({ Parent: 2, [key]: 2 }); // the function's and the machine's own roles; two credentials roles
    // the parent passes the back ends in; nothing flows from the nested stack back to the parent
    expect(Object.keys(templates[key].Parameters ?? {}).length).toBeGreaterThan(0);
    expect(JSON.stringify(templates.Parent)).not.toContain('Outputs.');
  });

  test('HTTP: Lambda, SQS (created role) and Step Functions synthesize without a cycle', () => {
    const app = new App();
    const parent = new Stack(app, 'Parent', { env });
    const b = backends(parent);
    const nested = new NestedStack(parent, 'Api');
    const api = new apigwv2.HttpApi(nested, 'Api');
    const lambdaIntegration = new HttpApiLambdaIntegration('Lambda', b.fn);
    api.addRoutes({ path: '/fn', methods: [apigwv2.HttpMethod.GET], integration: lambdaIntegration });
    api.addRoutes({ path: '/other', methods: [apigwv2.HttpMethod.GET], integration: lambdaIntegration });
    api.addRoutes({ path: '/queue', methods: [apigwv2.HttpMethod.POST], integration: HttpApiSqsIntegration.sendMessage('Send', b.queue) });
    api.addRoutes({ path: '/run', methods: [apigwv2.HttpMethod.POST], integration: HttpApiStepFunctionsIntegration.startSyncExecution('Run', b.machine) });

    const templates = synthApp(app);
    const key = nestedKey(templates);
    expect(countsOf(templates, 'AWS::Lambda::Permission')).toEqual({ [key]: 1 });
    expect(countsOf(templates, 'AWS::IAM::Role')).toEqual({ Parent: 2, [key]: 2 });
    expect(JSON.stringify(templates.Parent)).not.toContain('Outputs.');
  });

  test('WebSocket: Lambda, SQS (created role) and Step Functions synthesize without a cycle', () => {
    const app = new App();
    const parent = new Stack(app, 'Parent', { env });
    const b = backends(parent);
    const nested = new NestedStack(parent, 'Api');
    const api = new apigwv2.WebSocketApi(nested, 'Api', { connectRouteOptions: { integration: new WebSocketApiLambdaIntegration('Integration', b.fn) } });
    api.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', b.fn) });
    api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', b.queue) });
    api.addRoute('start', { integration: WebSocketApiStepFunctionsIntegration.startExecution('Integration', b.machine) });
    new apigwv2.WebSocketStage(nested, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });

    const templates = synthApp(app);
    const key = nestedKey(templates);
    expect(countsOf(templates, 'AWS::Lambda::Permission')).toEqual({ [key]: 1 });
    expect(countsOf(templates, 'AWS::IAM::Role')).toEqual({ Parent: 2, [key]: 2 });
    expect(JSON.stringify(templates.Parent)).not.toContain('Outputs.');
  });

  test('the nested API\'s created role is granted the parent\'s queue and key by reference (least privilege across stacks)', () => {
    const app = new App();
    const parent = new Stack(app, 'Parent', { env });
    const b = backends(parent);
    const nested = new NestedStack(parent, 'Api');
    const api = new apigwv2.HttpApi(nested, 'Api');
    api.addRoutes({ path: '/queue', methods: [apigwv2.HttpMethod.POST], integration: HttpApiSqsIntegration.sendMessage('Send', b.queue) });

    const templates = synthApp(app);
    expect(resourcesOfType(templates[nestedKey(templates)], 'AWS::IAM::Policy')).toHaveLength(0);
    const roles = resourcesOfType(templates[nestedKey(templates)], 'AWS::IAM::Role');
    expect(roles).toHaveLength(1);
    const statements: Json[] = roles[0][1].Properties.Policies[0].PolicyDocument.Statement;
    // what queue.grantSendMessages(role) grants: the queue's actions and its key's
    expect(statements.map((s) => s.Action)).toEqual([
      ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
      ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
    ]);
    // concrete resources (parameters from the parent), never '*'
    for (const s of statements) expect(JSON.stringify(s.Resource)).toContain('Ref');
  });
});

describe('a REST API split over several stacks', () => {
  /**
   * The layout aws-cdk-lib documents ("Breaking up Methods and Resources across Stacks"): the RestApi
   * (with `deploy: false`) in one stack, methods in nested stacks that import it with
   * `RestApi.fromRestApiAttributes`, and the Deployment + Stage in the API's stack, depending on them.
   */
  function split(): { app: App; apiStack: Stack } {
    const app = new App();
    const shared = new Stack(app, 'Backends', { env });
    const b = backends(shared);
    const apiStack = new Stack(app, 'RestApi', { env });
    const api = new apigw.RestApi(apiStack, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], deploy: false, cloudWatchRole: false });
    api.root.addMethod('ANY');

    const methods = ['Orders', 'Users'].map((name) => {
      const part = new NestedStack(apiStack, name);
      const imported = apigw.RestApi.fromRestApiAttributes(part, 'Api', { restApiId: api.restApiId, rootResourceId: api.restApiRootResourceId });
      const resource = imported.root.addResource(name.toLowerCase());
      resource.addMethod('GET', new RestApiLambdaIntegration(b.fn));
      resource.addResource('{id}').addMethod('GET', new RestApiLambdaIntegration(b.fn));
      resource.addMethod('POST', RestApiSqsIntegration.sendMessage(b.queue));
      return part;
    });
    const deployment = new apigw.Deployment(apiStack, 'Deployment', { api: apigw.RestApi.fromRestApiId(apiStack, 'Deployed', api.restApiId) });
    for (const part of methods) deployment.node.addDependency(part);
    new apigw.Stage(apiStack, 'Stage', { deployment });
    return { app, apiStack };
  }

  test('synthesizes without a cycle, every template schema-valid', () => {
    const templates = synthApp(split().app);
    expect(Object.keys(templates).sort()).toEqual([
      'Backends', 'RestApi',
      expect.stringMatching(/^RestApiOrders.*\.nested\.template\.json$/),
      expect.stringMatching(/^RestApiUsers.*\.nested\.template\.json$/),
    ]);
  });

  test('each part has one Lambda permission for all its methods, next to its methods (never in the back ends\' stack)', () => {
    const templates = synthApp(split().app);
    const counts = countsOf(templates, 'AWS::Lambda::Permission');
    expect(Object.values(counts)).toEqual([1, 1]);
    expect(Object.keys(counts).every((k) => k.endsWith('.nested.template.json'))).toBe(true);
    // the permission covers the whole API: arn:...:execute-api:region:account:{apiId}/*/*/*
    for (const key of Object.keys(counts)) {
      const [, permission] = resourcesOfType(templates[key], 'AWS::Lambda::Permission')[0];
      expect(JSON.stringify(permission.Properties.SourceArn)).toMatch(/\/\*\/\*\/\*"/);
    }
  });

  test('the back ends\' stack does not depend on the API\'s (references run one way)', () => {
    const { app, apiStack } = split();
    app.synth();
    const shared = app.node.findChild('Backends') as Stack;
    expect(apiStack.dependencies).toContain(shared);
    expect(shared.dependencies).toEqual([]);
    // the back ends export what the API uses; they import nothing
    expect(JSON.stringify(Template.fromStack(shared).toJSON())).not.toContain('Fn::ImportValue');
  });
});

describe('methods and routes in another stack than their API, with the function next to them', () => {
  // The permission needs the function (routes' stack) and the API id (API's stack): created under the
  // API it would make the API's stack depend on the routes' stack, which already depends on the API's.
  function stacks(): { app: App; apiStack: Stack; routes: Stack; fn: lambda.IFunction } {
    const app = new App();
    const apiStack = new Stack(app, 'Apis', { env });
    const routes = new Stack(app, 'Routes', { env });
    return { app, apiStack, routes, fn: backends(routes).fn };
  }

  test('REST: a Resource in another stack (deploy: false) synthesizes without a cycle; one permission, in the methods\' stack', () => {
    const { app, apiStack, routes, fn } = stacks();
    const api = new apigw.RestApi(apiStack, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], deploy: false, cloudWatchRole: false });
    api.root.addMethod('ANY');
    const orders = new apigw.Resource(routes, 'Orders', { parent: api.root, pathPart: 'orders' });
    orders.addMethod('GET', new RestApiLambdaIntegration(fn));
    orders.addMethod('POST', new RestApiLambdaIntegration(fn));
    const templates = synthApp(app);
    expect(countsOf(templates, 'AWS::Lambda::Permission')).toEqual({ Routes: 1 });
  });

  test('HTTP: an HttpRoute in another stack synthesizes without a cycle; one permission, in the routes\' stack', () => {
    const { app, apiStack, routes, fn } = stacks();
    const api = new apigwv2.HttpApi(apiStack, 'Api');
    const integration = new HttpApiLambdaIntegration('Lambda', fn);
    for (const path of ['/a', '/b']) {
      new apigwv2.HttpRoute(routes, `Route${path}`, { httpApi: api, routeKey: apigwv2.HttpRouteKey.with(path, apigwv2.HttpMethod.GET), integration });
    }
    const templates = synthApp(app);
    expect(countsOf(templates, 'AWS::Lambda::Permission')).toEqual({ Routes: 1 });
  });

  test('WebSocket: a WebSocketRoute in another stack synthesizes without a cycle; one permission, in the routes\' stack', () => {
    const { app, apiStack, routes, fn } = stacks();
    const api = new apigwv2.WebSocketApi(apiStack, 'Api');
    for (const key of ['send', 'receive']) {
      new apigwv2.WebSocketRoute(routes, `Route${key}`, { webSocketApi: api, routeKey: key, integration: new WebSocketApiLambdaIntegration('Integration', fn) });
    }
    const templates = synthApp(app);
    expect(countsOf(templates, 'AWS::Lambda::Permission')).toEqual({ Routes: 1 });
  });
});
