import { HOLE, IntegrationFacts, isKnown, textOf } from '../facts';
import { q } from '../format';
import { isLambdaFunctionArn, isLambdaInvocationText, isStageVariableServiceArn, parseServiceArn, serviceOf } from '../uris';
import { isLambdaProxy, knownType } from './shared';
import { DG, GH, LS_INTEGRATION_VALIDATION, PUT_INTEGRATION, V2_INTEGRATIONS } from './sources';
import { Finding, Rule, one } from './types';

/** The integration URI as an ARN: API Gateway service ARNs and Lambda function ARNs (C06, C07, C51, C83). */

const uriNotServiceArn: Rule = {
  code: 'IntegrationUriNotServiceArn',
  catalogue: ['C06', 'C83'],
  appliesTo: ['REST', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['uri'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'PutIntegration: "Invalid ARN specified in the request" (not an ARN); "AWS ARN for integration must contain path or action" (an ARN without '
      + 'path/ or action/, such as a bare Lambda function ARN)',
    source: `${LS_INTEGRATION_VALIDATION}; ${GH}/localstack/localstack/issues/12324`,
  },
  summary: 'AWS and AWS_PROXY URIs are API Gateway service ARNs with a path or an action (a bare Lambda function ARN is refused)',
  check(f) {
    const t = knownType(f);
    if (t !== 'AWS' && t !== 'AWS_PROXY' || !isKnown(f.uri) || f.uri === '') return [];
    // the stage variable may stand for the whole action or path part
    if (parseServiceArn(f.uri) || isStageVariableServiceArn(f.uri)) return [];
    const fix = isLambdaFunctionArn(f.uri)
      ? 'use the invocation ARN "arn:{partition}:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations"'
      : 'use "arn:{partition}:apigateway:{region}:{service}:path/{path}" or "…:{service}:action/{Action}"';
    return one('AWS integration URIs must be API Gateway service ARNs that contain a path or an action', q(f.uri), fix);
  },
};

/** The service a service ARN calls, also when only the literal part of the URI is known (the service itself must be literal). */
function knownServiceOf(uri: IntegrationFacts['uri']): string | undefined {
  if (isKnown(uri)) {
    const arn = parseServiceArn(uri);
    return arn ? serviceOf(arn) : undefined;
  }
  const m = /:apigateway:[^:]*:([a-z0-9.-]+):(path|action)\//.exec(textOf(uri) ?? '');
  return m ? m[1].split('.').pop() : undefined;
}

const awsProxyLambda: Rule = {
  code: 'AwsProxyNotLambda',
  catalogue: ['C07'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['uri'],
  docs: `${DG}/api-gateway-api-integration-types.html`,
  evidence: {
    says: 'PutIntegration: "Integrations of type \'AWS_PROXY\' currently only supports Lambda function and Firehose stream invocations."',
    source: LS_INTEGRATION_VALIDATION,
  },
  summary: 'REST AWS_PROXY integrations call Lambda functions (or Firehose streams) only',
  check(f) {
    if (knownType(f) !== 'AWS_PROXY') return [];
    const service = knownServiceOf(f.uri);
    if (service === 'lambda' && isKnown(f.uri) && !LAMBDA_INVOCATION_PATH.test(f.uri)) {
      return one(
        'AWS_PROXY integrations only support Lambda function and Firehose stream invocations: a Lambda URI is the invocation path '
          + '(lambda:path/2015-03-31/functions/{function ARN}/invocations, or 2021-11-15/…/response-streaming-invocations to stream)',
        q(f.uri),
        'use the function\'s invocation path',
      );
    }
    if (service === undefined || ['lambda', 'firehose'].includes(service)) return [];
    return one('AWS_PROXY integrations only support Lambda function and Firehose stream invocations', `service ${q(service)}`, 'use an AWS (non-proxy) integration with request templates for other services');
  },
};

/** A Lambda invocation URI: buffered (2015-03-31 …/invocations) or streamed (2021-11-15 …/response-streaming-invocations). */
const LAMBDA_INVOCATION_PATH = /:lambda:path\/(2015-03-31\/functions\/.+\/invocations|2021-11-15\/functions\/.+\/response-streaming-invocations)$/;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

const SERVICE = /^([A-Za-z0-9-]+\.)*[a-z0-9-]+$/;

const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;

/** The parts of an API Gateway service ARN: `arn:{partition}:apigateway:{region}:{subdomain.}{service}:{action|path}/{rest}`. */
function serviceArnParts(uri: string): { region: string; service: string; type: string; rest: string } | undefined {
  const m = /^arn:[^:]*:apigateway:([^:]*):([^:]*):(action|path)\/(.*)$/s.exec(uri);
  return m ? { region: m[1], service: m[2], type: m[3], rest: m[4] } : undefined;
}

const serviceArnPartsValid: Rule = {
  code: 'ServiceArnPartInvalid',
  catalogue: ['C06'],
  appliesTo: ['REST', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['uri'],
  evidence: {
    says: 'API Gateway calls the endpoint and action the URI names: a Region that is not a Region code, a service or action with spaces or colons, or a path with white space names no endpoint, and every request fails',
    source: PUT_INTEGRATION,
  },
  docs: PUT_INTEGRATION,
  summary: 'the parts of an AWS service URI are a Region code, a service name (with its subdomain), an action name or a path without white space',
  check(f) {
    if (!isKnown(f.type) || !['AWS', 'AWS_PROXY'].includes(f.type)) return [];
    const uri = textOf(f.uri);
    if (uri === undefined) return [];
    const p = serviceArnParts(uri);
    if (!p) return [];
    const out: Finding[] = [];
    const judged = (s: string) => !s.includes(HOLE);
    if (judged(p.region) && !REGION.test(p.region)) {
      out.push({ what: 'the Region of a service URI must be a Region code such as us-east-1', got: q(p.region), fix: 'give the Region code' });
    }
    if (judged(p.service) && p.service !== '' && !SERVICE.test(p.service)) {
      out.push({ what: 'the service of a service URI is its API Gateway name (sqs, states, dynamodb), optionally after a subdomain', got: q(p.service), fix: 'give the service name without spaces or colons' });
    }
    const action = p.rest.split('?')[0];
    if (p.type === 'action' && judged(action) && action !== '' && !ACTION.test(action)) {
      out.push({ what: 'the action of a service URI is the API action name (SendMessage, PutEvents)', got: q(action), fix: 'give the action name without spaces' });
    }
    if (p.type === 'path' && judged(p.rest) && /\s/.test(p.rest)) {
      out.push({ what: 'the path of a service URI has no white space', got: q(p.rest), fix: 'percent-encode it or remove the white space' });
    }
    return out;
  },
};

const lambdaUri: Rule = {
  code: 'LambdaUriNotFunction',
  catalogue: ['C51'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['uri'],
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Documented only: a Lambda proxy integration\'s IntegrationUri is the Lambda function ARN (or its invocation URI); no rejection text is recorded',
    source: `${V2_INTEGRATIONS}; ${DG}/http-api-develop-integrations-lambda.html`,
  },
  summary: 'Lambda proxy integrations point at a Lambda function ARN (or its …:lambda:path/2015-03-31/functions/{arn}/invocations form)',
  check(f) {
    if (!isLambdaProxy(f) || !isKnown(f.uri) || f.uri === '') return [];
    if (isLambdaFunctionArn(f.uri) || isLambdaInvocationText(f.uri) && f.uri.startsWith('arn:')) return [];
    return one('AWS_PROXY integrations without a subtype call a Lambda function: the URI must be its ARN or invocation ARN', q(f.uri), 'give the function ARN, or set a subtype for an AWS service integration');
  },
};

export const ARN_RULES: readonly Rule[] = [
  uriNotServiceArn, awsProxyLambda, serviceArnPartsValid, lambdaUri,
];
