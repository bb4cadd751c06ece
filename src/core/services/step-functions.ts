import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ServiceAction } from './types';
import { vtlJsonString } from '../render/template';

/** AWS Step Functions rows of the service-action table. INTERNAL. */

const API = 'https://docs.aws.amazon.com/step-functions/latest/apireference';
const JSON_10 = 'application/x-amz-json-1.0';

/** The state machine's type when the app knows it (a `StateMachine` created in it). */
function stateMachineTypeOf(stateMachine: sfn.IStateMachine): string | undefined {
  const t = (stateMachine as Partial<sfn.StateMachine>).stateMachineType;
  return typeof t === 'string' ? t : undefined;
}

const restStart = (sm: sfn.IStateMachine) => ({
  contentType: JSON_10,
  template: `{"input": "$util.escapeJavaScript($input.json('$'))", "stateMachineArn": ${vtlJsonString(sm.stateMachineArn)}}`,
});

const websocketStart = (sm: sfn.IStateMachine) => ({
  template: `{"stateMachineArn": ${vtlJsonString(sm.stateMachineArn)}, "input": "$util.escapeJavaScript($input.body)"}`,
});

export const SFN_START_EXECUTION: ServiceAction<sfn.IStateMachine> = {
  service: 'states',
  action: 'StartExecution',
  docs: `${API}/API_StartExecution.html`,
  grant: (sm, grantee) => { sm.grantStartExecution(grantee); },
  subtype: 'StepFunctions-StartExecution',
  parameters: { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region'], catalogue: 'C73' },
  httpFixed: sm => ({ StateMachineArn: sm.stateMachineArn }),
  httpDefaults: { Input: '$request.body' },
  rest: restStart,
  websocket: websocketStart,
};

export const SFN_START_SYNC_EXECUTION: ServiceAction<sfn.IStateMachine> = {
  service: 'states',
  action: 'StartSyncExecution',
  docs: `${API}/API_StartSyncExecution.html`,
  grant: (sm, grantee) => { sm.grantStartSyncExecution(grantee); },
  subtype: 'StepFunctions-StartSyncExecution',
  parameters: { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region', 'TraceHeader'], catalogue: 'C74' },
  stateMachineType: 'EXPRESS',
  targetFacts: sm => ({ stateMachineType: stateMachineTypeOf(sm) }),
  httpFixed: sm => ({ StateMachineArn: sm.stateMachineArn }),
  httpDefaults: { Input: '$request.body' },
  rest: restStart,
  websocket: websocketStart,
};

export const SFN_STOP_EXECUTION: ServiceAction<sfn.IStateMachine> = {
  service: 'states',
  action: 'StopExecution',
  docs: `${API}/API_StopExecution.html`,
  grant: (sm, grantee) => { sm.grantExecution(grantee, 'states:StopExecution'); },
  subtype: 'StepFunctions-StopExecution',
  parameters: { required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'], catalogue: 'C75' },
  httpFixed: () => ({}),
};
