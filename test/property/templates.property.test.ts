import { App, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as fc from 'fast-check';
import { render } from 'velocityjs';
import { vtlJsonString, vtlUrlEncoded } from '../../src/core/render/template';
import {
  RestApiDynamoDbIntegration, RestApiEventBridgeIntegration, RestApiKinesisIntegration, RestApiSnsIntegration, RestApiStepFunctionsIntegration,
} from '../../src/rest';
import {
  WebSocketApiDynamoDbIntegration, WebSocketApiEventBridgeIntegration, WebSocketApiKinesisIntegration, WebSocketApiStepFunctionsIntegration,
} from '../../src/websocket';

/**
 * Every value the library writes into a mapping template it builds comes out of the template as
 * the same data. Each template is rendered by a VTL engine (velocityjs) with API Gateway-like
 * `$input`, `$util` and `$context` objects (enough for the library's own templates), then parsed
 * (JSON, or a form body) and compared with what was given: arbitrary strings, including `#`, `$`,
 * quotes, backslashes, newlines and unicode.
 *
 * PROPERTY_RUNS sets the number of cases (default 150).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.FC_SEED ?? 20261203);
const ENV = { account: '123456789012', region: 'us-east-1' };

const BODY = '{"item": {"id": "o-1", "note": "#set($x = 1) ## \\"quoted\\""}}';

/** API Gateway's `$util.escapeJavaScript`: the string escaped as the inside of a JavaScript string literal. */
const escapeJavaScript = (s: string) => JSON.stringify(s).slice(1, -1).replace(/'/g, "\\'");

/** `$input`, `$util`, `$context` as API Gateway gives them to a mapping template (what the library's templates use). */
const vtlContext = () => ({
  input: {
    body: BODY,
    json: (path: string) => (path === '$' ? BODY : JSON.stringify(jsonPath(JSON.parse(BODY), path))),
    path: (path: string) => jsonPath(JSON.parse(BODY), path),
    params: () => ({ header: new Map(), querystring: new Map(), path: new Map() }),
  },
  util: {
    escapeJavaScript,
    base64Encode: (s: string) => Buffer.from(s).toString('base64'),
    urlEncode: (s: string) => encodeURIComponent(s),
  },
  context: { requestId: 'req-1', connectionId: 'conn-1' },
});

function jsonPath(doc: unknown, path: string): unknown {
  return path.replace(/^\$\.?/, '').split('.').filter(p => p !== '').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
}

/** A value as it is at deploy time in us-east-1 (the pseudo parameters these templates use, `Fn::Join`). */
function deployTime(v: unknown): string {
  if (typeof v === 'string') return v;
  const o = v as Record<string, unknown>;
  if (o.Ref === 'AWS::Partition') return 'aws';
  if (o.Ref === 'AWS::Region') return ENV.region;
  if (o.Ref === 'AWS::AccountId') return ENV.account;
  if (o.Ref === 'AWS::URLSuffix') return 'amazonaws.com';
  if (Array.isArray(o['Fn::Join'])) {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return parts.map(deployTime).join(sep);
  }
  throw new Error(`not a literal at deploy time: ${JSON.stringify(v)}`);
}

/** The template rendered by the VTL engine. */
const vtl = (template: string) => render(template, vtlContext());

/** Arbitrary strings, weighted towards what breaks JSON or VTL. */
const nasty = (minLength: number, maxLength: number) => fc.oneof(
  fc.string({ unit: fc.constantFrom('#', '#', '$', '"', '\\', '\n', '\r', '\t', "'", '{', '}', '(', ')', '*', 'a', 'set', 'é', '😀', '\u2028', '\u0000', ' ', '.'), minLength, maxLength }),
  fc.string({ unit: 'binary', minLength, maxLength }),
);

/** One library-built template: the REST or WebSocket integration made with the given strings, and the data it must carry. */
interface Built {
  readonly template: string;
  /** Field of the parsed output -> the value given. */
  readonly expected: Record<string, string>;
  readonly form?: boolean;
}

function restTemplate(stack: Stack, integration: apigw.Integration): string {
  const api = new apigw.RestApi(stack, 'Api', { deploy: false });
  const method = api.root.addMethod('POST', integration);
  const cfn = method.node.defaultChild as apigw.CfnMethod;
  const resolved = stack.resolve(cfn.integration) as { requestTemplates: Record<string, unknown> };
  return deployTime(Object.values(resolved.requestTemplates)[0]);
}

function wsTemplate(stack: Stack, integration: apigwv2.WebSocketRouteIntegration): string {
  const api = new apigwv2.WebSocketApi(stack, 'Ws');
  api.addRoute('send', { integration });
  const cfn = stack.node.findAll().find((c): c is apigwv2.CfnIntegration => c instanceof apigwv2.CfnIntegration)!;
  return deployTime(Object.values(stack.resolve(cfn.requestTemplates) as Record<string, unknown>)[0]);
}

const arn = (stack: Stack, v: string) => deployTime(stack.resolve(v));

type Case = (stack: Stack, a: string, b: string) => Built;

const CASES: Record<string, Case> = {
  'REST EventBridge putEvents': (stack, source, detailType) => {
    const bus = events.EventBus.fromEventBusName(stack, 'Bus', source.length % 2 ? 'orders' : `bus-${detailType}`);
    const template = restTemplate(stack, RestApiEventBridgeIntegration.putEvents(bus, { source, detailType }));
    return { template, expected: { 'Entries.0.Source': source, 'Entries.0.DetailType': detailType, 'Entries.0.EventBusName': arn(stack, bus.eventBusArn), 'Entries.0.Detail': BODY } };
  },
  'WebSocket EventBridge putEvents': (stack, source, detailType) => {
    const bus = events.EventBus.fromEventBusName(stack, 'Bus', `bus-${source}`);
    const template = wsTemplate(stack, WebSocketApiEventBridgeIntegration.putEvents('Integration', bus, { source, detailType }));
    return { template, expected: { 'Entries.0.Source': source, 'Entries.0.DetailType': detailType, 'Entries.0.EventBusName': arn(stack, bus.eventBusArn), 'Entries.0.Detail': BODY } };
  },
  'REST DynamoDB putItem': (stack, name) => {
    const template = restTemplate(stack, RestApiDynamoDbIntegration.putItem(dynamodb.Table.fromTableName(stack, 'T', name)));
    return { template, expected: { TableName: name, Item: JSON.parse(BODY) } };
  },
  'WebSocket DynamoDB putItem': (stack, name) => {
    const template = wsTemplate(stack, WebSocketApiDynamoDbIntegration.putItem('Integration', dynamodb.Table.fromTableName(stack, 'T', name)));
    return { template, expected: { TableName: name, Item: JSON.parse(BODY).item } };
  },
  'REST Kinesis putRecord': (stack, name) => {
    const stream = kinesis.Stream.fromStreamAttributes(stack, 'S', { streamArn: `arn:aws:kinesis:us-east-1:123456789012:stream/${name}` });
    const template = restTemplate(stack, RestApiKinesisIntegration.putRecord(stream));
    return { template, expected: { StreamName: stream.streamName, Data: Buffer.from(BODY).toString('base64'), PartitionKey: 'req-1' } };
  },
  'WebSocket Kinesis putRecord': (stack, name) => {
    const stream = kinesis.Stream.fromStreamAttributes(stack, 'S', { streamArn: `arn:aws:kinesis:us-east-1:123456789012:stream/${name}` });
    const template = wsTemplate(stack, WebSocketApiKinesisIntegration.putRecord('Integration', stream));
    return { template, expected: { StreamName: stream.streamName, PartitionKey: 'conn-1' } };
  },
  'REST Step Functions startExecution': (stack, name) => {
    const sm = sfn.StateMachine.fromStateMachineName(stack, 'M', name);
    const template = restTemplate(stack, RestApiStepFunctionsIntegration.startExecution(sm));
    return { template, expected: { stateMachineArn: arn(stack, sm.stateMachineArn), input: BODY } };
  },
  'WebSocket Step Functions startExecution': (stack, name) => {
    const sm = sfn.StateMachine.fromStateMachineName(stack, 'M', name);
    const template = wsTemplate(stack, WebSocketApiStepFunctionsIntegration.startExecution('Integration', sm));
    return { template, expected: { stateMachineArn: arn(stack, sm.stateMachineArn), input: BODY } };
  },
  'REST SNS publish (form body)': (stack, name) => {
    const topicArn = `arn:aws:sns:us-east-1:123456789012:${name}`;
    const template = restTemplate(stack, RestApiSnsIntegration.publish(sns.Topic.fromTopicArn(stack, 'T', topicArn)));
    return { template, form: true, expected: { Action: 'Publish', TopicArn: topicArn, Message: BODY } };
  },
};

function field(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], doc);
}

test.each(Object.keys(CASES))('%s: arbitrary strings (#, $, quotes, backslashes, newlines, unicode) come out of the rendered template as the same data', name => {
  fc.assert(fc.property(nasty(1, 24), nasty(1, 24), (a, b) => {
    // the names AWS would refuse are not this property's business: only what the template does with them
    const stack = new Stack(new App(), 'S', { env: ENV });
    const built = CASES[name](stack, a, b);
    const out = vtl(built.template);
    if (built.form) {
      const form = Object.fromEntries(new URLSearchParams(out));
      for (const [k, v] of Object.entries(built.expected)) expect(form[k]).toEqual(v);
      return;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(out);
    } catch (e) {
      throw new Error(`the rendered template is not JSON: ${(e as Error).message}\n${out}`);
    }
    for (const [k, v] of Object.entries(built.expected)) expect(field(doc, k)).toEqual(v);
  }), { seed: SEED, numRuns: Math.max(10, Math.ceil(RUNS / 3)) });
});

describe('the escaping helpers', () => {
  test('a value as a JSON string that VTL passes through: round trip of arbitrary strings', () => {
    fc.assert(fc.property(nasty(0, 40), s => {
      const literal = vtlJsonString(s);
      expect(literal).not.toMatch(/[$#]/);
      expect(JSON.parse(vtl(`{"v": ${literal}}`)).v).toBe(s);
    }), { seed: SEED, numRuns: RUNS });
  });

  test('tokens are kept for CloudFormation, the text around them escaped', () => {
    const stack = new Stack();
    const bus = new events.EventBus(stack, 'Bus');
    expect(vtlJsonString(`#${bus.eventBusArn}"`)).toBe(`"\\u0023${bus.eventBusArn}\\""`);
    expect(vtlUrlEncoded(`a'#${bus.eventBusArn}`)).toBe(`$util.urlEncode('a''#${bus.eventBusArn}')`);
    expect(vtlUrlEncoded("a'#$b c")).toBe("a'%23%24b%20c");
  });

  test('the injections the issue names: ## cuts a line, #set runs, a quote or a newline breaks the JSON', () => {
    for (const s of ['a ## cut', '#set($x = "y")$x', 'say "hi"', 'two\nlines', '$context.requestId']) {
      expect(JSON.parse(vtl(`{"v": ${vtlJsonString(s)}, "after": 1}`))).toEqual({ v: s, after: 1 });
    }
  });
});
