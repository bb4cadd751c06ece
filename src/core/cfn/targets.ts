import { CfnGraph, isOfType } from './graph';
import { Fact, textOf, Unknown } from '../facts';
import { stringFact } from '../values';

/**
 * The targets of service integrations, read from a graph: whether the SQS queue is a FIFO queue,
 * the type of the state machine. What the service rules (rules/services.ts) need, whoever wrote
 * the integration. INTERNAL.
 */

/** The one resource of `type` that `value` refers to (as a whole or inside a join or a `Fn::Sub`), if exactly one. */
function oneTarget(graph: CfnGraph, value: unknown, type: string): object | undefined {
  const whole = graph.targetOf(value);
  if (isOfType(graph, whole, type)) return whole;
  const found = graph.targetsIn(value).filter(t => isOfType(graph, t, type));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether the queue `value` (a queue URL, ARN, name, or an SQS service URI) names is a FIFO queue:
 * a queue of the graph with `FifoQueue` true (or a name ending `.fifo`), or a literal name ending
 * `.fifo`. `undefined` when it cannot be known (the rules then stay silent).
 */
export function queueFifoIn(graph: CfnGraph, value: unknown): Fact<boolean> {
  if (value === undefined || value === null) return undefined;
  const queue = oneTarget(graph, value, 'AWS::SQS::Queue');
  if (queue) {
    const props = graph.propertiesOf(queue);
    if (props.FifoQueue === true || props.FifoQueue === 'true') return true;
    const name = stringFact(props.QueueName);
    if (typeof name === 'string' && name.endsWith('.fifo')) return true;
    if (props.FifoQueue === undefined || props.FifoQueue === false || props.FifoQueue === 'false') return false;
    return new Unknown();
  }
  return literalFifo(value);
}

/** A queue name, URL, ARN or SQS service URI whose literal end is `.fifo` (`…/orders.fifo?Action=SendMessage`): FIFO; else unknown. */
function literalFifo(value: unknown): true | undefined {
  const text = textOf(stringFact(value));
  return text !== undefined && /\.fifo$/.test(text.split('?')[0]) ? true : undefined;
}

/**
 * The FIFO-ness of an OpenAPI `x-amazon-apigateway-integration`'s queue: from its literal URI
 * (REST, WebSocket) or `QueueUrl` request parameter (HTTP API SQS subtypes).
 */
export function documentQueueFifo(integration: Record<string, unknown>): true | undefined {
  const params = integration.requestParameters;
  const queueUrl = params !== null && typeof params === 'object' ? (params as Record<string, unknown>).QueueUrl : undefined;
  return isSqsUri(integration.uri) ? literalFifo(integration.uri) : literalFifo(queueUrl);
}

/**
 * The type of the one state machine of the graph that `value` (a state machine ARN, a request
 * template, a map of them) refers to; CloudFormation's default type is STANDARD.
 */
export function stateMachineTypeIn(graph: CfnGraph, value: unknown): Fact<string> {
  if (value === undefined || value === null) return undefined;
  const values = typeof value === 'object' && !Array.isArray(value) && graph.targetOf(value) === undefined ? Object.values(value) : [value];
  const found = new Set(values.map(v => oneTarget(graph, v, 'AWS::StepFunctions::StateMachine')).filter((t): t is object => t !== undefined));
  if (found.size !== 1) return undefined;
  return stringFact(graph.propertiesOf([...found][0]).StateMachineType ?? 'STANDARD');
}

/** Is the (REST or v2) `AWS` integration URI an SQS one (`arn:aws:apigateway:<region>:sqs:…`)? */
export function isSqsUri(uri: unknown): boolean {
  return (textOf(stringFact(uri)) ?? '').includes(':sqs:');
}

/** Is the (REST or v2) `AWS` integration URI a Step Functions one (`arn:aws:apigateway:<region>:states:…`)? */
export function isStatesUri(uri: unknown): boolean {
  return (textOf(stringFact(uri)) ?? '').includes(':states:');
}
