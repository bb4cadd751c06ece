import {
  DYNAMODB_DELETE_ITEM, DYNAMODB_GET_ITEM, DYNAMODB_PUT_ITEM, DYNAMODB_QUERY, DYNAMODB_UPDATE_ITEM, S3_GET_OBJECT, S3_PUT_OBJECT,
} from './data';
import { APPCONFIG_GET_CONFIGURATION, EVENTS_PUT_EVENTS, KINESIS_PUT_RECORD, SNS_PUBLISH } from './messaging';
import { SQS_DELETE_MESSAGE, SQS_PURGE_QUEUE, SQS_RECEIVE_MESSAGE, SQS_SEND_MESSAGE } from './sqs';
import { SFN_START_EXECUTION, SFN_START_SYNC_EXECUTION, SFN_STOP_EXECUTION } from './step-functions';
import { ActionRequirements, AnyServiceAction } from './types';

/**
 * THE service-action table: one row per (service, action) the typed classes of any API kind call
 * — its grant (through the target's own grant method), its HTTP API subtype and parameters, what
 * a FIFO queue or an EXPRESS state machine needs, and each kind's default request. The typed
 * classes of every kind build from these rows; the service rules (rules/services.ts) and the
 * subtype table (subtypes.ts) read them. INTERNAL.
 */
export const SERVICE_ACTIONS: readonly AnyServiceAction[] = [
  // the HTTP API subtypes first, in the order of the service's documentation (messages list them so)
  EVENTS_PUT_EVENTS, SQS_SEND_MESSAGE, SQS_RECEIVE_MESSAGE, SQS_DELETE_MESSAGE, SQS_PURGE_QUEUE, APPCONFIG_GET_CONFIGURATION,
  KINESIS_PUT_RECORD, SFN_START_EXECUTION, SFN_START_SYNC_EXECUTION, SFN_STOP_EXECUTION,
  SNS_PUBLISH,
  DYNAMODB_PUT_ITEM, DYNAMODB_GET_ITEM, DYNAMODB_DELETE_ITEM, DYNAMODB_UPDATE_ITEM, DYNAMODB_QUERY,
  S3_GET_OBJECT, S3_PUT_OBJECT,
];

/** The row of an HTTP API subtype (`SQS-SendMessage`), if the table has it. */
export function actionOfSubtype(subtype: string): ActionRequirements | undefined {
  return SERVICE_ACTIONS.find(r => r.subtype === subtype);
}

/** The row of a service action (`sqs`, `SendMessage`), if the table has it. */
export function actionNamed(service: string, action: string): ActionRequirements | undefined {
  return SERVICE_ACTIONS.find(r => r.service === service && r.action === action);
}

export type { ActionRequirements, AnyServiceAction, AwsRequest, FifoNeeds, ServiceAction, SubtypeSpec, TargetFacts } from './types';
