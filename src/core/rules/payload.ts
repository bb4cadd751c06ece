import { isKnown, knownItems, textOf } from '../facts';
import { oneOf, q } from '../format';
import { isLambdaProxy } from './shared';
import { CFN_METHOD_INTEGRATION, CFN_V2_INTEGRATION, DG, GH, V2_INTEGRATIONS } from './sources';
import { Rule, one } from './types';

/** How the payload passes: the payload format version, passthrough behavior and content handling (C24, C25, C50, C85, C91, C95). */

/** C24, C91 */
const PASSTHROUGH_BEHAVIORS = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];

/** C25, C91, C95 */
const CONTENT_HANDLINGS = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];

const PAYLOAD_FORMATS = ['1.0', '2.0'];

const payloadRequired: Rule = {
  code: 'PayloadFormatVersionRequired',
  catalogue: ['C50'],
  appliesTo: ['HTTP'],
  severity: 'error',
  docs: `${DG}/http-api-develop-integrations-lambda.html`,
  evidence: {
    says: 'Documented: an HTTP API integration created with the AWS CLI, CloudFormation or an SDK must specify payloadFormatVersion (only the console '
      + 'supplies a default)',
    source: `${DG}/http-api-develop-integrations-lambda.html; ${CFN_V2_INTEGRATION}`,
  },
  summary: 'HTTP API integrations state their payload format version (CloudFormation has no default)',
  check(f) {
    // An integration whose type is unknown is a partial view (an UpdateIntegration patch): absence means "unchanged".
    if (f.payloadFormatVersion !== undefined || !isKnown(f.type)) return [];
    return one('HTTP API integrations created by CloudFormation need a payload format version', 'nothing', `set it to "1.0"${isLambdaProxy(f) ? ' or "2.0"' : ''}`);
  },
};

const payloadSupported: Rule = {
  code: 'PayloadFormatVersionNotSupported',
  catalogue: ['C50', 'C85'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['payloadFormatVersion'],
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Documented: HTTP APIs take 1.0 or 2.0 for Lambda proxy integrations and 1.0 for every other integration; an SQS-SendMessage subtype '
      + 'integration with 2.0 is reported refused as "Operation: SQS-SendMessage is not supported", and WebSocket integrations with 2.0 are '
      + 'reported refused by CreateIntegration',
    source: `${V2_INTEGRATIONS}; ${GH}/serverless/serverless/issues/11486; ${GH}/hashicorp/terraform-provider-aws/issues/25280`,
  },
  summary: 'the payload format version is 1.0 or 2.0, and 2.0 only for HTTP API Lambda proxy integrations (WebSocket: 1.0 only)',
  check(f, kind) {
    const v = f.payloadFormatVersion;
    if (!isKnown(v)) return [];
    if (kind === 'WEBSOCKET') {
      return v === '1.0' ? [] : one('WebSocket integrations only support payload format version 1.0', q(v), 'remove PayloadFormatVersion, or set it to "1.0"');
    }
    if (!PAYLOAD_FORMATS.includes(v)) return one(`the payload format version must be ${oneOf(PAYLOAD_FORMATS)}`, q(v), 'use "2.0" for Lambda functions, "1.0" otherwise');
    if (v === '1.0' || isLambdaProxy(f) || !isKnown(f.type)) return [];
    const what = f.subtype !== undefined
      ? `AWS service integrations (subtype ${q(textOf(f.subtype))}) support payload format "1.0" only ("Operation: … is not supported")`
      : 'HTTP_PROXY integrations support payload format "1.0" only';
    return one(what, q(v), 'set the payload format version to "1.0"');
  },
};

const passthrough: Rule = {
  code: 'PassthroughBehaviorNotSupported',
  catalogue: ['C24', 'C91'],
  appliesTo: ['REST', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['passthroughBehavior'],
  docs: CFN_METHOD_INTEGRATION,
  evidence: {
    says: 'CloudFormation schema: Integration.PassthroughBehavior is an enum of WHEN_NO_MATCH, WHEN_NO_TEMPLATES and NEVER; the v2 API model\'s '
      + 'PassthroughBehavior is the same enum',
    source: `${CFN_METHOD_INTEGRATION}; ${V2_INTEGRATIONS}`,
  },
  summary: 'the passthrough behavior is WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER',
  check(f) {
    if (!isKnown(f.passthroughBehavior) || PASSTHROUGH_BEHAVIORS.includes(f.passthroughBehavior)) return [];
    return one(`the passthrough behavior must be ${oneOf(PASSTHROUGH_BEHAVIORS)}`, q(f.passthroughBehavior), 'use one of these values');
  },
};

const contentHandling: Rule = {
  code: 'ContentHandlingNotSupported',
  catalogue: ['C25', 'C91', 'C95'],
  appliesTo: ['REST', 'WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'error',
  onlyWhen: ['contentHandling', 'integrationResponses'],
  docs: CFN_METHOD_INTEGRATION,
  evidence: {
    says: 'CloudFormation schema: Integration.ContentHandling and IntegrationResponses[].ContentHandling are enums of CONVERT_TO_BINARY and CONVERT_TO_TEXT; '
      + 'the v2 API model\'s ContentHandlingStrategy is the same enum',
    source: `${CFN_METHOD_INTEGRATION}; ${V2_INTEGRATIONS}`,
  },
  summary: 'the content handling of an integration and of its integration responses is CONVERT_TO_BINARY or CONVERT_TO_TEXT',
  check(f) {
    // REST integration responses come with their integration; a WebSocket integration response is its own subject.
    const responses = knownItems(f.integrationResponses).map(r => r.contentHandling);
    const values = f.subject === 'integration' ? [f.contentHandling, ...responses] : responses;
    return values.filter((v): v is string => isKnown(v) && !CONTENT_HANDLINGS.includes(v)).map(v => ({
      what: `content handling must be ${oneOf(CONTENT_HANDLINGS)}`, got: q(v), fix: 'use one of these values, or leave it out to pass payloads through',
    }));
  },
};

export const PAYLOAD_RULES: readonly Rule[] = [
  payloadRequired, payloadSupported, passthrough, contentHandling,
];
