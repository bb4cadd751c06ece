import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as fc from 'fast-check';
import {
  credentialsSpec, CredentialsSpec, KEY_TOKEN_FREQ, Leaf, maybe, num, properties, Realizer, requestValue, RequestValueSpec, responseValue,
  ResponseValueSpec, str, toCredentials, toRequestValue, toResponseValue,
} from './support';
import {
  HttpApiEventBridgeIntegration, HttpApiIntegrationOptions, HttpApiKinesisIntegration, HttpApiLambdaIntegration, HttpApiPayloadFormatVersion,
  HttpApiPrivateIntegration, HttpApiRequestParameter, HttpApiResponseParameter, HttpApiSqsIntegration, HttpApiStepFunctionsIntegration,
  HttpApiUrlIntegration,
} from '../../src/http';
import { RequestValue } from '../../src/mapping/request-value';

/**
 * Property-based tests of the HTTP API constructs: random props and routes either raise our
 * validation error or synthesize a template the CloudFormation schemas accept.
 */

const HEADERS = ['x-id', 'x-tenant', 'Accept', 'Cache-Control'];
const BAD_HEADERS = ['Authorization', 'x-amz-date', 'Content-Length', 'a b', '', 'Host'];

/** One request parameter change: factory name, parameter name, value. */
type RequestChange = [string, Leaf<string>, RequestValueSpec];
type ResponseChange = [string, Leaf<string>, ResponseValueSpec, Leaf<number>];

const requestChange: fc.Arbitrary<RequestChange> = fc.tuple(
  fc.constantFrom('appendHeader', 'overwriteHeader', 'removeHeader', 'appendQuerystring', 'overwriteQuerystring', 'removeQuerystring', 'overwritePath'),
  str(HEADERS, BAD_HEADERS, KEY_TOKEN_FREQ), requestValue);
const responseChange: fc.Arbitrary<ResponseChange> = fc.tuple(
  fc.constantFrom('appendHeader', 'overwriteHeader', 'removeHeader', 'overwriteStatusCode'),
  str(HEADERS, BAD_HEADERS, KEY_TOKEN_FREQ), responseValue, num([200, 404, 500], [0, 99, 600, 1000]));

interface OptionsSpec {
  timeout?: Leaf<number>;
  description?: Leaf<string>;
  responseParameters?: Array<[Leaf<number>, ResponseChange[]]>;
  requestParameters?: RequestChange[];
}

const optionsSpec: fc.Arbitrary<OptionsSpec> = fc.record({
  timeout: num([50, 1_000, 29_000, 30_000], [0, 49, 30_001, 300_000]),
  description: str(['orders'], ['', 'x'.repeat(1025)]),
  responseParameters: fc.uniqueArray(
    fc.tuple(num([200, 404, 500, 599], [199, 600, 0], KEY_TOKEN_FREQ), fc.array(responseChange, { minLength: 1, maxLength: 2 })),
    { maxLength: 2, selector: e => e[0].v },
  ),
  requestParameters: fc.uniqueArray(requestChange, { maxLength: 2, selector: e => `${e[0]}.${e[1].v}` }),
}, { requiredKeys: [] });

function requestParameter(r: Realizer, [factory, name, value]: RequestChange): HttpApiRequestParameter {
  const n = r.s(name);
  const v = toRequestValue(r, value);
  switch (factory) {
    case 'appendHeader': return HttpApiRequestParameter.appendHeader(n, v);
    case 'overwriteHeader': return HttpApiRequestParameter.overwriteHeader(n, v);
    case 'removeHeader': return HttpApiRequestParameter.removeHeader(n);
    case 'appendQuerystring': return HttpApiRequestParameter.appendQuerystring(n, v);
    case 'overwriteQuerystring': return HttpApiRequestParameter.overwriteQuerystring(n, v);
    case 'removeQuerystring': return HttpApiRequestParameter.removeQuerystring(n);
    default: return HttpApiRequestParameter.overwritePath(v);
  }
}

function responseParameter(r: Realizer, [factory, name, value, code]: ResponseChange): HttpApiResponseParameter {
  const n = r.s(name);
  const v = toResponseValue(r, value);
  switch (factory) {
    case 'appendHeader': return HttpApiResponseParameter.appendHeader(n, v);
    case 'overwriteHeader': return HttpApiResponseParameter.overwriteHeader(n, v);
    case 'removeHeader': return HttpApiResponseParameter.removeHeader(n);
    default: return HttpApiResponseParameter.overwriteStatusCode(r.num(code));
  }
}

function toOptions(r: Realizer, o: OptionsSpec): HttpApiIntegrationOptions & { requestParameters?: HttpApiRequestParameter[] } {
  return {
    timeout: r.millis(o.timeout),
    description: r.s(o.description),
    responseParameters: o.responseParameters?.map(([code, changes]) => ({
      statusCode: r.num(code), parameters: changes.map(c => responseParameter(r, c)),
    })),
    requestParameters: o.requestParameters?.map(p => requestParameter(r, p)),
  };
}

const URLS = ['https://example.com', 'https://example.com/pets/{id}', 'http://example.com:8080/{proxy}', 'https://${stageVariables.host}/x'];
const BAD_URLS = ['ftp://example.com', 'example.com', '', 'https://ex ample.com', 'https://example.com/{other}'];
const METHODS = [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST, apigwv2.HttpMethod.ANY, apigwv2.HttpMethod.PUT];

type TargetSpec =
  | { t: 'lambda'; payload?: HttpApiPayloadFormatVersion; scoped?: boolean; credentials?: CredentialsSpec }
  | { t: 'url'; url: Leaf<string>; method: apigwv2.HttpMethod }
  | { t: 'private'; target: string; link: string; method?: apigwv2.HttpMethod; serverName?: Leaf<string>; strip?: boolean; filters?: Array<[string, string]> }
  | { t: 'service'; which: string; credentials?: CredentialsSpec; values: Array<RequestValueSpec | undefined>; region?: RequestValueSpec; machine: string };

const target: fc.Arbitrary<TargetSpec> = fc.oneof(
  fc.record({
    t: fc.constant('lambda' as const),
    payload: maybe(fc.constantFrom(HttpApiPayloadFormatVersion.VERSION_1_0, HttpApiPayloadFormatVersion.VERSION_2_0)),
    scoped: maybe(fc.boolean()),
    credentials: maybe(credentialsSpec),
  }),
  fc.record({ t: fc.constant('url' as const), url: str(URLS, BAD_URLS), method: fc.constantFrom(...METHODS) }),
  fc.record({
    t: fc.constant('private' as const),
    target: fc.constantFrom('alb', 'nlb', 'cloudMap'),
    link: fc.constantFrom('link', 'vpc', 'none'),
    method: maybe(fc.constantFrom(...METHODS)),
    serverName: maybe(str(['example.com'], ['', 'x'.repeat(513)])),
    strip: maybe(fc.boolean()),
    filters: maybe(fc.array(fc.tuple(fc.constantFrom('env', 'a b'), fc.constantFrom('prod', '')), { maxLength: 2 })),
  }),
  fc.record({
    t: fc.constant('service' as const),
    which: fc.constantFrom('sqsSend', 'sqsReceive', 'sqsDelete', 'sqsPurge', 'events', 'kinesis', 'sfnStart', 'sfnSync', 'sfnStop'),
    credentials: maybe(credentialsSpec),
    values: fc.array(maybe(requestValue), { minLength: 6, maxLength: 6 }),
    region: maybe(requestValue, 4),
    machine: fc.constantFrom('imported', 'EXPRESS', 'STANDARD'),
  }),
);

function integrationOf(r: Realizer, t: TargetSpec, o: ReturnType<typeof toOptions>): apigwv2.HttpRouteIntegration {
  const stack = r.stack;
  switch (t.t) {
    case 'lambda':
      return new HttpApiLambdaIntegration('I', lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'), {
        ...o, payloadFormatVersion: t.payload, scopePermissionToRoute: t.scoped, credentials: toCredentials(r, t.credentials),
      });
    case 'url':
      return new HttpApiUrlIntegration('I', r.s(t.url), { ...o, method: t.method });
    case 'private': {
      const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-1'] });
      const props = {
        ...o,
        method: t.method,
        serverNameToVerify: r.s(t.serverName),
        stripStagePrefix: t.strip,
        vpcLink: t.link === 'link' ? apigwv2.VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'abc123', vpc }) : undefined,
        vpc: t.link === 'vpc' ? vpc : undefined,
      };
      if (t.target === 'alb') {
        return HttpApiPrivateIntegration.albListener('I', elbv2.ApplicationListener.fromApplicationListenerAttributes(stack, 'Listener', {
          listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/50dc6c495c0c9188/f2f7dc8efc522ab2', securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1'),
        }), props);
      }
      if (t.target === 'nlb') {
        return HttpApiPrivateIntegration.nlbListener('I', elbv2.NetworkListener.fromNetworkListenerArn(stack, 'Listener',
          'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/n/50dc6c495c0c9188/f2f7dc8efc522ab2'), props);
      }
      const namespace = servicediscovery.PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes(stack, 'Ns', { namespaceArn: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1', namespaceId: 'ns-1', namespaceName: 'local' });
      const service = servicediscovery.Service.fromServiceAttributes(stack, 'Service', {
        namespace,
        serviceArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1',
        serviceId: 'srv-1',
        serviceName: 'svc',
        dnsRecordType: servicediscovery.DnsRecordType.SRV,
        routingPolicy: servicediscovery.RoutingPolicy.MULTIVALUE,
        discoveryType: servicediscovery.DiscoveryType.DNS_AND_API,
      });
      return HttpApiPrivateIntegration.cloudMapService('I', service, { ...props, attributeFilters: t.filters ? Object.fromEntries(t.filters) : undefined });
    }
    default:
      return serviceIntegration(r, t, o);
  }
}

function serviceIntegration(r: Realizer, t: Extract<TargetSpec, { t: 'service' }>, o: ReturnType<typeof toOptions>): apigwv2.HttpRouteIntegration {
  const stack = r.stack;
  const v = t.values.map(x => (x ? toRequestValue(r, x) : undefined));
  const base = {
    timeout: o.timeout,
    description: o.description,
    responseParameters: o.responseParameters,
    credentials: toCredentials(r, t.credentials),
    region: t.region ? toRequestValue(r, t.region) : undefined,
  };
  const queue = () => sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:q');
  const machine = () => (t.machine === 'imported'
    ? sfn.StateMachine.fromStateMachineArn(stack, 'Machine', 'arn:aws:states:us-east-1:123456789012:stateMachine:m')
    : new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')), stateMachineType: t.machine as sfn.StateMachineType }));
  const required = (x: RequestValue | undefined) => x ?? RequestValue.header('x-required');
  switch (t.which) {
    case 'sqsSend': return HttpApiSqsIntegration.sendMessage('I', queue(), {
      ...base,
      messageBody: v[0],
      delaySeconds: v[1],
      messageAttributes: v[2],
      messageDeduplicationId: v[3],
      messageGroupId: v[4],
      messageSystemAttributes: v[5],
    });
    case 'sqsReceive': return HttpApiSqsIntegration.receiveMessage('I', queue(), {
      ...base,
      attributeNames: v[0],
      maxNumberOfMessages: v[1],
      messageAttributeNames: v[2],
      receiveRequestAttemptId: v[3],
      visibilityTimeout: v[4],
      waitTimeSeconds: v[5],
    });
    case 'sqsDelete': return HttpApiSqsIntegration.deleteMessage('I', queue(), { ...base, receiptHandle: required(v[0]) });
    case 'sqsPurge': return HttpApiSqsIntegration.purgeQueue('I', queue(), base);
    case 'events': return HttpApiEventBridgeIntegration.putEvents('I', events.EventBus.fromEventBusArn(stack, 'Bus', 'arn:aws:events:us-east-1:123456789012:event-bus/b'), {
      ...base, detailType: required(v[0]), source: required(v[1]), detail: v[2], time: v[3], resources: v[4], traceHeader: v[5],
    });
    case 'kinesis': return HttpApiKinesisIntegration.putRecord('I', kinesis.Stream.fromStreamArn(stack, 'Stream', 'arn:aws:kinesis:us-east-1:123456789012:stream/s'), {
      ...base, data: v[0], partitionKey: v[1], sequenceNumberForOrdering: v[2], explicitHashKey: v[3],
    });
    case 'sfnStart': return HttpApiStepFunctionsIntegration.startExecution('I', machine(), { ...base, input: v[0], name: v[1] });
    case 'sfnSync': return HttpApiStepFunctionsIntegration.startSyncExecution('I', machine(), { ...base, input: v[0], name: v[1], traceHeader: v[2] });
    default: return HttpApiStepFunctionsIntegration.stopExecution('I', machine(), { ...base, executionArn: required(v[0]), cause: v[1], error: v[2] });
  }
}

interface CaseSpec {
  paths: string[];
  method: apigwv2.HttpMethod;
  target: TargetSpec;
  options: OptionsSpec;
}

const caseSpec: fc.Arbitrary<CaseSpec> = fc.record({
  paths: fc.uniqueArray(fc.constantFrom('/', '/pets', '/pets/{id}', '/{proxy+}', '/a/{id}/c'), { minLength: 1, maxLength: 2 }),
  method: fc.constantFrom(...METHODS),
  target,
  options: optionsSpec,
});

function build(r: Realizer, c: CaseSpec): void {
  const api = new apigwv2.HttpApi(r.stack, 'Api', { createDefaultStage: false });
  const integration = integrationOf(r, c.target, toOptions(r, c.options));
  // one integration, one or two routes: per-route checks run for each
  for (const path of c.paths) api.addRoutes({ path, methods: [c.method], integration });
}

describe('HTTP API typed constructs', () => {
  properties('HTTP', caseSpec, build);
});
