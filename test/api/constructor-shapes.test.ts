// Per API kind, our integration classes take the same constructor arguments, in the same order,
// as aws-cdk-lib's (issue 13): swapping one in for the other is a change of class name and props,
// never a reordering of every call. HTTP and WebSocket classes take a construct id first, REST
// classes none, as in aws-cdk-lib.
import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  AwsServiceUri, HttpApiLambdaIntegration, HttpApiUrlIntegration, BackendCredentials, RestApiAwsIntegration, RestApiHttpIntegration,
  RestApiLambdaIntegration, RestApiMockIntegration, WebSocketApiAwsIntegration, WebSocketApiLambdaIntegration, WebSocketApiMockIntegration,
} from '../../src';
import { fn, synth, testStack } from '../support/common';

/** The aws-cdk-lib these tests run against (the floor run of .ci/run maps it to the peer floor), and the pinned latest. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- through jest's module mapping, which the floor run redirects
const cdkVersion: string = require('aws-cdk-lib/package.json').version;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AWS_CDK_LIB_LATEST: string = require('../../package.json').devDependencies['aws-cdk-lib'];

/** How many arguments a constructor accepts (a union when some are optional), at compile time. */
type Arity<C extends abstract new (...args: never[]) => unknown> = ConstructorParameters<C>['length'];
/** Compiles only when A and B are the same type: `sameArity<Arity<typeof X>, Arity<typeof Y>>(true)`. */
function sameArity<A, B>(same: [A] extends [B] ? ([B] extends [A] ? true : false) : false): boolean {
  return same;
}

/** The constructor's parameter names, in order, as the JavaScript declares them (defaults stripped). */
function parameterNames(cls: abstract new (...args: never[]) => unknown): string[] {
  const m = /constructor\s*\(([^)]*)\)/.exec(cls.toString());
  if (!m) throw new Error(`no constructor in ${cls.name}`);
  // aws-cdk-lib names the REST integrations' options `options`, ours `props`: the same (last) struct argument
  return m[1].split(',').map(p => p.split('=')[0].trim()).filter(p => p !== '').map(p => (p === 'options' ? 'props' : p));
}

function restMethod(stack: Stack, integration: apigw.Integration): void {
  const api = new apigw.RestApi(stack, 'Api');
  api.root.addMethod('GET', integration);
}
function httpRoute(stack: Stack, integration: apigwv2.HttpRouteIntegration): void {
  new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.GET], integration });
}
function webSocketRoute(stack: Stack, integration: apigwv2.WebSocketRouteIntegration): void {
  new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration, returnResponse: true });
}

interface Case {
  readonly kind: 'REST' | 'HTTP' | 'WebSocket';
  readonly theirs: abstract new (...args: never[]) => unknown;
  readonly ours: abstract new (...args: never[]) => unknown;
  /** Builds both with the same arguments and attaches each to a method or route of its own stack. */
  readonly build: (theirs: Stack, ours: Stack) => void;
  /** The CloudFormation type of the integration both create, and the integration type. */
  readonly resource: string;
  readonly integrationType: string;
}

const CASES: Record<string, Case> = {
  'HttpLambdaIntegration / HttpApiLambdaIntegration': {
    kind: 'HTTP',
    theirs: integrations.HttpLambdaIntegration,
    ours: HttpApiLambdaIntegration,
    resource: 'AWS::ApiGatewayV2::Integration',
    integrationType: 'AWS_PROXY',
    build: (a, b) => {
      sameArity<Arity<typeof integrations.HttpLambdaIntegration>, Arity<typeof HttpApiLambdaIntegration>>(true);
      httpRoute(a, new integrations.HttpLambdaIntegration('Items', fn(a)));
      httpRoute(b, new HttpApiLambdaIntegration('Items', fn(b)));
    },
  },
  'HttpUrlIntegration / HttpApiUrlIntegration': {
    kind: 'HTTP',
    theirs: integrations.HttpUrlIntegration,
    ours: HttpApiUrlIntegration,
    resource: 'AWS::ApiGatewayV2::Integration',
    integrationType: 'HTTP_PROXY',
    build: (a, b) => {
      sameArity<Arity<typeof integrations.HttpUrlIntegration>, Arity<typeof HttpApiUrlIntegration>>(true);
      const args = ['Items', 'https://example.com/items'] as const;
      httpRoute(a, new integrations.HttpUrlIntegration(...args));
      httpRoute(b, new HttpApiUrlIntegration(...args));
    },
  },
  'LambdaIntegration / RestApiLambdaIntegration': {
    kind: 'REST',
    theirs: apigw.LambdaIntegration,
    ours: RestApiLambdaIntegration,
    resource: 'AWS::ApiGateway::Method',
    integrationType: 'AWS_PROXY',
    build: (a, b) => {
      sameArity<Arity<typeof apigw.LambdaIntegration>, Arity<typeof RestApiLambdaIntegration>>(true);
      restMethod(a, new apigw.LambdaIntegration(fn(a)));
      restMethod(b, new RestApiLambdaIntegration(fn(b)));
    },
  },
  'HttpIntegration / RestApiHttpIntegration': {
    kind: 'REST',
    theirs: apigw.HttpIntegration,
    ours: RestApiHttpIntegration,
    resource: 'AWS::ApiGateway::Method',
    integrationType: 'HTTP_PROXY',
    build: (a, b) => {
      sameArity<Arity<typeof apigw.HttpIntegration>, Arity<typeof RestApiHttpIntegration>>(true);
      const args = ['https://example.com/items'] as const;
      restMethod(a, new apigw.HttpIntegration(...args));
      restMethod(b, new RestApiHttpIntegration(...args));
    },
  },
  'MockIntegration / RestApiMockIntegration': {
    kind: 'REST',
    theirs: apigw.MockIntegration,
    ours: RestApiMockIntegration,
    resource: 'AWS::ApiGateway::Method',
    integrationType: 'MOCK',
    build: (a, b) => {
      sameArity<Arity<typeof apigw.MockIntegration>, Arity<typeof RestApiMockIntegration>>(true);
      restMethod(a, new apigw.MockIntegration());
      restMethod(b, new RestApiMockIntegration());
    },
  },
  // The one props struct differs in content, not in place: aws-cdk-lib's takes the URI as
  // `service`/`action`/`path` strings and an `options.credentialsRole`; ours a typed `uri`
  // (AwsServiceUri, which also builds Lambda and S3 paths) and typed `credentials`.
  'AwsIntegration / RestApiAwsIntegration': {
    kind: 'REST',
    theirs: apigw.AwsIntegration,
    ours: RestApiAwsIntegration,
    resource: 'AWS::ApiGateway::Method',
    integrationType: 'AWS',
    build: (a, b) => {
      sameArity<Arity<typeof apigw.AwsIntegration>, Arity<typeof RestApiAwsIntegration>>(true);
      const role = (s: Stack) => new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
      restMethod(a, new apigw.AwsIntegration({ service: 'sns', action: 'Publish', options: { credentialsRole: role(a) } }));
      restMethod(b, new RestApiAwsIntegration({ uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.fromRole(role(b)) }));
    },
  },
  'WebSocketLambdaIntegration / WebSocketApiLambdaIntegration': {
    kind: 'WebSocket',
    theirs: integrations.WebSocketLambdaIntegration,
    ours: WebSocketApiLambdaIntegration,
    resource: 'AWS::ApiGatewayV2::Integration',
    integrationType: 'AWS_PROXY',
    build: (a, b) => {
      sameArity<Arity<typeof integrations.WebSocketLambdaIntegration>, Arity<typeof WebSocketApiLambdaIntegration>>(true);
      webSocketRoute(a, new integrations.WebSocketLambdaIntegration('Send', fn(a)));
      webSocketRoute(b, new WebSocketApiLambdaIntegration('Send', fn(b)));
    },
  },
  'WebSocketMockIntegration / WebSocketApiMockIntegration': {
    kind: 'WebSocket',
    theirs: integrations.WebSocketMockIntegration,
    ours: WebSocketApiMockIntegration,
    resource: 'AWS::ApiGatewayV2::Integration',
    integrationType: 'MOCK',
    build: (a, b) => {
      sameArity<Arity<typeof integrations.WebSocketMockIntegration>, Arity<typeof WebSocketApiMockIntegration>>(true);
      webSocketRoute(a, new integrations.WebSocketMockIntegration('Send'));
      webSocketRoute(b, new WebSocketApiMockIntegration('Send'));
    },
  },
  // As for REST: the same (id, props), the props typed (`uri` instead of `integrationUri`, `method`
  // instead of `integrationMethod`, `credentials` instead of `credentialsRole`).
  'WebSocketAwsIntegration / WebSocketApiAwsIntegration': {
    kind: 'WebSocket',
    theirs: integrations.WebSocketAwsIntegration,
    ours: WebSocketApiAwsIntegration,
    resource: 'AWS::ApiGatewayV2::Integration',
    integrationType: 'AWS',
    build: (a, b) => {
      sameArity<Arity<typeof integrations.WebSocketAwsIntegration>, Arity<typeof WebSocketApiAwsIntegration>>(true);
      const role = (s: Stack) => new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
      webSocketRoute(a, new integrations.WebSocketAwsIntegration('Send', {
        integrationUri: 'arn:aws:apigateway:us-east-1:sns:action/Publish', integrationMethod: 'POST', credentialsRole: role(a),
      }));
      webSocketRoute(b, new WebSocketApiAwsIntegration('Send', { uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.fromRole(role(b)) }));
    },
  },
};

describe.each(Object.entries(CASES))('%s', (_name, c) => {
  test('the constructors declare the same parameters in the same order', () => {
    const names = parameterNames(c.ours);
    const theirNames = parameterNames(c.theirs);
    if (cdkVersion === AWS_CDK_LIB_LATEST) {
      expect(names).toEqual(theirNames);
    } else {
      // older releases of the peer range declare fewer trailing parameters (2.172: WebSocketMockIntegration(id)):
      // a call written for them still fits ours
      expect(names.slice(0, theirNames.length)).toEqual(theirNames);
    }
    // the shape per kind: a construct id first on HTTP and WebSocket, none on REST
    expect(names[0] === 'id').toBe(c.kind !== 'REST');
  });

  test('both, built with the same arguments, synthesize the integration on a route or method', () => {
    const theirs = testStack();
    const ours = testStack();
    c.build(theirs, ours);
    for (const stack of [theirs, ours]) {
      const found = synth(stack).findResources(c.resource);
      const types = Object.values(found).map(r => r.Properties.IntegrationType ?? r.Properties.Integration?.Type);
      expect(types).toEqual([c.integrationType]);
    }
  });
});
