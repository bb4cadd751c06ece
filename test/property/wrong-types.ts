import { App, Duration, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as fc from 'fast-check';
import { VALIDATION_ERROR_NAME } from '../../src/core/errors';
import { HttpApiRequestParameter, HttpApiResponseParameter } from '../../src/http';
import { AwsServiceUri, BackendCredentials, RequestValue, ResponseValue } from '../../src/mapping';
import { RestApiConnection } from '../../src/rest';
import { WebSocketApiIntegrationResponseKey } from '../../src/websocket';

/**
 * Wrong runtime types at every public entry point, as a Python, Java, C#, Go or JavaScript user can
 * pass them (TypeScript's types are gone at run time): each entry point is described by valid
 * arguments and, independently of the library's own shape table, by what type each argument and
 * each props field must have. A property replaces one of them by a value of another type and
 * expects our usage error naming that path, never a TypeError.
 *
 * PROPERTY_RUNS sets the number of cases per kind (default 150: the suite stays fast).
 */
export const WRONG_TYPE_RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
export const WRONG_TYPE_SEED = Number(process.env.FC_SEED ?? 20261203);

/** What a value must be: the test's own, independent, description of each public type. */
export type Kind =
  | 'str' | 'int' | 'num' | 'bool' | 'dur' | 'enum' | 'resource' | 'struct'
  | 'RequestValue' | 'ResponseValue' | 'BackendCredentials' | 'AwsServiceUri' | 'RestApiConnection'
  | 'HttpApiRequestParameter' | 'HttpApiResponseParameter' | 'WebSocketApiIntegrationResponseKey' | 'PolicyStatement'
  | `list:${string}` | `map:${string}`;

const CLASSES: Record<string, { prototype: object }> = {
  RequestValue,
  ResponseValue,
  BackendCredentials,
  AwsServiceUri,
  RestApiConnection,
  HttpApiRequestParameter,
  HttpApiResponseParameter,
  WebSocketApiIntegrationResponseKey,
  PolicyStatement: iam.PolicyStatement,
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `v` is a value of `kind` (what the public API documents). */
export function accepts(kind: Kind, v: unknown): boolean {
  if (kind.startsWith('list:')) return Array.isArray(v) && v.every(x => accepts(kind.slice(5) as Kind, x));
  if (kind.startsWith('map:')) return isPlainObject(v) && Object.values(v).every(x => accepts(kind.slice(4) as Kind, x));
  switch (kind) {
    case 'str': case 'enum': return typeof v === 'string';
    case 'int': return Number.isInteger(v);
    case 'num': return typeof v === 'number' && Number.isFinite(v);
    case 'bool': return typeof v === 'boolean';
    case 'dur': return v instanceof Duration;
    case 'resource': return isPlainObject(v) && 'node' in v;
    case 'struct': return isPlainObject(v);
    default: return isPlainObject(v) && CLASSES[kind].prototype.isPrototypeOf(v);
  }
}

/** Values of every runtime type, including the ones that used to crash deep inside (`null`, numbers for Durations, `[null]`). */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 1.5, 1000),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 4 })), { maxKeys: 3 }),
  fc.constant(() => 1),
  fc.constant(new Date(0)),
  fc.constant(Duration.seconds(1)),
  fc.constant(RequestValue.body()),
  fc.constant(ResponseValue.body()),
  fc.constant(BackendCredentials.createRole()),
);

/** One public entry point: its valid arguments in a stack, and the type of each argument and props field (dotted path). */
export interface EntryPoint {
  readonly name: string;
  /** Argument names, in order. */
  readonly params: readonly string[];
  /** `param` or `param.field` -> kind, and whether absent is allowed. */
  readonly types: Record<string, [Kind, 'optional'?]>;
  /** Valid arguments (props last, as a plain object the property may change). */
  args(stack: Stack): unknown[];
  /** Calls the entry point with `args`. */
  call(stack: Stack, args: unknown[]): unknown;
}

/** A stack with one of every resource the entry points take, created on first use. */
export class Resources {
  private readonly cache = new Map<string, unknown>();
  constructor(public readonly stack: Stack) {}
  private get<T>(k: string, make: () => T): T {
    if (!this.cache.has(k)) this.cache.set(k, make());
    return this.cache.get(k) as T;
  }
  fn = () => this.get('fn', () => lambda.Function.fromFunctionArn(this.stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'));
  table = () => this.get('table', () => dynamodb.Table.fromTableName(this.stack, 'Table', 'orders'));
  bus = () => this.get('bus', () => events.EventBus.fromEventBusName(this.stack, 'Bus', 'orders'));
  stream = () => this.get('stream', () => kinesis.Stream.fromStreamArn(this.stack, 'Stream', 'arn:aws:kinesis:us-east-1:123456789012:stream/s'));
  bucket = () => this.get('bucket', () => s3.Bucket.fromBucketName(this.stack, 'Bucket', 'my-bucket'));
  topic = () => this.get('topic', () => sns.Topic.fromTopicArn(this.stack, 'Topic', 'arn:aws:sns:us-east-1:123456789012:t'));
  queue = () => this.get('queue', () => sqs.Queue.fromQueueArn(this.stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:q'));
  stateMachine = () => this.get('sm', () => sfn.StateMachine.fromStateMachineArn(this.stack, 'Sm', 'arn:aws:states:us-east-1:123456789012:stateMachine:m'));
  role = () => this.get('role', () => iam.Role.fromRoleArn(this.stack, 'Role', 'arn:aws:iam::123456789012:role/api'));
  vpc = () => this.get('vpc', () => ec2.Vpc.fromVpcAttributes(this.stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a'] }));
  vpcLink = () => this.get('link', () => apigw.VpcLink.fromVpcLinkId(this.stack, 'Link', 'abc123'));
  vpcLinkV2 = () => this.get('link2', () => apigwv2.VpcLink.fromVpcLinkAttributes(this.stack, 'Link2', { vpcLinkId: 'abc123', vpc: this.vpc() }));
  listener = () => this.get('listener', () => elbv2.ApplicationListener.fromApplicationListenerAttributes(this.stack, 'Listener', {
    listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2',
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(this.stack, 'Sg', 'sg-1'),
  }));
  cloudMap = () => this.get('cloudmap', () => servicediscovery.Service.fromServiceAttributes(this.stack, 'Svc', {
    namespace: servicediscovery.PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes(this.stack, 'Ns', { namespaceArn: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1', namespaceId: 'ns-1', namespaceName: 'local' }),
    serviceArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1',
    serviceId: 'srv-1',
    serviceName: 's',
    dnsRecordType: servicediscovery.DnsRecordType.SRV,
    routingPolicy: servicediscovery.RoutingPolicy.MULTIVALUE,
  }));
  appConfig = () => this.get('appconfig', () => {
    const application = new appconfig.Application(this.stack, 'App');
    return {
      environment: new appconfig.Environment(this.stack, 'Env', { application }),
      configuration: new appconfig.HostedConfiguration(this.stack, 'Config', { application, content: appconfig.ConfigurationContent.fromInlineJson('{}') }),
    };
  });
  webSocketApi = () => this.get('ws', () => apigwv2.WebSocketApi.fromWebSocketApiAttributes(this.stack, 'Ws', { webSocketId: 'ws1234' }));
}

/** A type-erased view of a public function or constructor, so that wrong types can be passed. */
export type Loose = (...args: any[]) => unknown;

/** The paths of an entry point, with the kind expected there. */
function pathsOf(e: EntryPoint): Array<[string, Kind, boolean]> {
  return Object.entries(e.types).map(([p, [k, opt]]) => [p, k, opt === 'optional']);
}

/** Sets `path` (`param` or `param.field`) in a copy of `args`. */
function withValue(e: EntryPoint, args: unknown[], path: string, v: unknown): unknown[] {
  const [param, field] = path.split('.');
  const i = e.params.indexOf(param);
  if (i < 0) throw new Error(`${e.name}: no parameter ${param}`);
  const out = [...args];
  if (field === undefined) out[i] = v;
  else out[i] = { ...(out[i] as object ?? {}), [field]: v };
  return out;
}

/**
 * The two tests of one kind's entry points: every entry point works with its valid arguments, and a
 * value of a wrong type anywhere is our error naming the path.
 */
export function wrongTypeProperties(kind: string, entries: readonly EntryPoint[]): void {
  const app = new App();
  const stack = new Stack(app, `WrongTypes${kind}`, { env: { account: '123456789012', region: 'us-east-1' } });

  test.each(entries.map(e => [e.name, e] as const))(`${kind} %s: its valid arguments are accepted`, (_n, e) => {
    expect(() => e.call(stack, e.args(stack))).not.toThrow();
  });

  test(`${kind}: a value of the wrong type at any argument or props field is our error naming it, never a TypeError (${WRONG_TYPE_RUNS} cases)`, () => {
    const cases = entries.flatMap(e => pathsOf(e).map(([path, k, optional]) => ({ e, path, k, optional })));
    const seen = new Set<string>();
    fc.assert(fc.property(fc.constantFrom(...cases), anyValue, ({ e, path, k, optional }, v) => {
      fc.pre(!accepts(k, v) && !(optional && (v === undefined || v === null)));
      seen.add(`${e.name} ${path}`);
      let thrown: unknown;
      try {
        e.call(stack, withValue(e, e.args(stack), path, v));
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(Error);
      const err = thrown as Error;
      if (err.name !== VALIDATION_ERROR_NAME) throw new Error(`${e.name} ${path} = ${String(v)}: ${err.name}: ${err.message}`);
      expect(err.message).toContain('- WrongType: ');
      expect(err.message).toContain(path);
    }), { seed: WRONG_TYPE_SEED, numRuns: WRONG_TYPE_RUNS });
    expect(seen.size).toBeGreaterThan(0);
  });

  test(`${kind}: every argument and props field of every entry point refuses null and a number where they do not belong`, () => {
    for (const e of entries) {
      for (const [path, k, optional] of pathsOf(e)) {
        for (const v of [null, 1000, 'x', [null]]) {
          if (accepts(k, v) || (optional && v === null)) continue;
          const call = () => e.call(stack, withValue(e, e.args(stack), path, v));
          expect(call).toThrow(expect.objectContaining({ name: VALIDATION_ERROR_NAME, message: expect.stringContaining(path) }));
        }
      }
    }
  });
}

/** The REST/WebSocket/HTTP option fields every kind shares, as paths under `param`. */
export function fields(param: string, f: Record<string, Kind>, optional = true): Record<string, [Kind, 'optional'?]> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [`${param}.${k}`, optional ? [v, 'optional'] : [v]]));
}
