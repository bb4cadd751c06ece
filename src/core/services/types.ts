import * as iam from 'aws-cdk-lib/aws-iam';
import { ApiKind, IntegrationFacts } from '../facts';

/**
 * The shape of THE service-action table (src/core/services): one row per (service, action) that
 * the typed classes of every API kind build from, and that the service rules
 * (src/core/rules/services.ts) read. INTERNAL.
 */

/** An HTTP API AWS-service subtype's exact, case-sensitive request parameters (CONSTRAINTS.md C66–C75). */
export interface SubtypeSpec {
  /** Parameters that must be mapped. */
  readonly required: readonly string[];
  /** Parameters that may be mapped. */
  readonly optional: readonly string[];
  /** The catalogue id of this subtype's table. */
  readonly catalogue: string;
}

/** What a FIFO target needs of a message (SQS `SendMessage`). */
export interface FifoNeeds {
  /** The parameter a FIFO queue refuses a message without. */
  readonly groupId: string;
  /** The deduplication parameter (needed unless the queue deduplicates on content). */
  readonly deduplicationId: string;
  /**
   * The group id each kind sends when the user gives none, as rendered text (VTL for REST and
   * WebSocket templates, static text or a selection expression for HTTP). Only templates of the
   * user's own that omit it meet `SqsMessageGroupIdRequired`.
   */
  readonly groupIdDefault: Record<ApiKind, string>;
  /** The deduplication id each kind sends to a FIFO queue not known to deduplicate on content. */
  readonly deduplicationIdDefault: Record<ApiKind, string>;
}

/** A REST or WebSocket `AWS` integration's default request and response. */
export interface AwsRequest {
  /** The `Content-Type` the service expects (a static integration request header). */
  readonly contentType?: string;
  /** The `X-Amz-Target` header of JSON-protocol services. */
  readonly amzTarget?: string;
  /** The default request template. */
  readonly template: string;
  /** The default template of the 200 response (REST). */
  readonly response?: string;
}

/** The parts of a row the rules read (no target type). */
export interface ActionRequirements {
  /** The service's name in API Gateway service URIs (`sqs`, `states`, `events`…). */
  readonly service: string;
  /** The API action. */
  readonly action: string;
  /** The action's API reference page. */
  readonly docs: string;
  /** The HTTP API subtype (`SQS-SendMessage`), when the action has one. */
  readonly subtype?: string;
  /** The subtype's parameters. */
  readonly parameters?: SubtypeSpec;
  /** Set when a FIFO target needs more of the message. */
  readonly fifo?: FifoNeeds;
  /** The only state machine type the action works with. */
  readonly stateMachineType?: 'EXPRESS';
}

/** What the rules need to know of an action's target (a queue's FIFO-ness, a state machine's type). */
export type TargetFacts = Pick<IntegrationFacts, 'queueFifo' | 'stateMachineType'>;

/** One (service, action) row, typed by its target (an `IQueue`, `IStateMachine`…). */
export interface ServiceAction<T> extends ActionRequirements {
  /** The target's facts the rules read. @default - none */
  readonly targetFacts?: (target: T) => TargetFacts;
  /** Grants `grantee` the one action on `target`, through the target's own grant methods. */
  readonly grant: (target: T, grantee: iam.IGrantable) => void;
  /** HTTP API: the subtype parameters the library fills from the target (exact case). */
  readonly httpFixed?: (target: T) => Record<string, string>;
  /** HTTP API: default values of parameters the options may override, as selection expressions. */
  readonly httpDefaults?: Record<string, string>;
  /** REST: the default request and response (`args`: the action's own literal options, e.g. an event's `source`). */
  readonly rest?: (target: T, args: Readonly<Record<string, string>>) => AwsRequest;
  /** WebSocket: the default request. */
  readonly websocket?: (target: T, args: Readonly<Record<string, string>>) => AwsRequest;
}

/** A row with its target type erased, for lookups. */
export type AnyServiceAction = ServiceAction<never>;
