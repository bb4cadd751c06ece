import { isKnown } from '../facts';
import { GH, HTTP_SUBTYPES } from './sources';
import { Rule } from './types';
import { serviceActionOf, templatesWithout } from '../services/match';

/**
 * Rules of the service actions an integration calls (the rows of src/core/services that say what a
 * FIFO queue or an EXPRESS state machine needs), on every API kind: the typed classes build
 * from those rows and the same rows judge L1, templates and OpenAPI documents. INTERNAL.
 */

const SEND_MESSAGE = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html';
const START_SYNC = 'https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html';

const messageGroupIdRequired: Rule = {
  code: 'SqsMessageGroupIdRequired',
  catalogue: ['C67'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['queueFifo'],
  docs: SEND_MESSAGE,
  summary: 'a SendMessage to a FIFO queue sends a MessageGroupId',
  evidence: {
    says: 'Deploys; every request fails: SQS answers MissingParameter ("The request must contain the parameter MessageGroupId."): '
      + '"If you do not provide a MessageGroupId when sending a message to a FIFO queue, the action fails"',
    source: `${SEND_MESSAGE}; ${GH}/phstc/shoryuken/issues/272`,
  },
  check(f) {
    if (f.queueFifo !== true) return [];
    const row = serviceActionOf(f);
    if (!row?.fifo) return [];
    const missing = templatesWithout(f, row.fifo.groupId, row);
    if (!missing || missing.length === 0) return [];
    return [{
      what: `a FIFO queue refuses ${row.action} without ${row.fifo.groupId}: every request fails ("The request must contain the parameter ${row.fifo.groupId}")`,
      got: f.subtype !== undefined ? `no ${row.fifo.groupId} parameter` : `no ${row.fifo.groupId} in the request template (${missing.join(', ')})`,
      fix: `send ${row.fifo.groupId} (the typed classes: the messageGroupId option, e.g. RequestValue.header('X-Group-Id'); a literal puts every message in one ordered group)`,
    }];
  },
};

const syncExpress: Rule = {
  code: 'SyncExecutionNotExpress',
  catalogue: ['C74'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['stateMachineType'],
  docs: START_SYNC,
  summary: 'StartSyncExecution calls EXPRESS state machines only',
  evidence: {
    says: 'Not refused at deploy: StartSyncExecution supports EXPRESS state machines only, so every request to a STANDARD one fails '
      + '(Step Functions answers StateMachineTypeNotSupported)',
    source: `${START_SYNC}; ${HTTP_SUBTYPES}`,
  },
  check(f) {
    if (!isKnown(f.stateMachineType)) return [];
    const row = serviceActionOf(f);
    const needed = row?.stateMachineType;
    if (!row || !needed || f.stateMachineType === needed) return [];
    const subtype = f.subtype !== undefined;
    const name = subtype ? row.subtype : row.action;
    const other = subtype ? 'StepFunctions-StartExecution' : 'StartExecution';
    return [{
      what: `${name} runs ${needed} state machines only: every request fails with StateMachineTypeNotSupported`,
      got: `a ${f.stateMachineType} state machine`,
      fix: `use ${other} for standard state machines, or make the state machine EXPRESS`,
    }];
  },
};

/** The service-action rules. */
export const SERVICE_RULES: readonly Rule[] = [messageGroupIdRequired, syncExpress];
