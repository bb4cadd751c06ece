import { IntegrationFacts, isKnown, knownEntries, textOf } from '../facts';
import { oneOf, q } from '../format';
import { LIMITS } from '../limits';
import { badExpression, isJsonLiteral } from '../selection';
import { SUBTYPES, SUBTYPE_NAMES, subtypeParameters } from '../subtypes';
import { DG, GH, HTTP_SUBTYPES, V2_INTEGRATIONS } from './sources';
import { Finding, Rule, one } from './types';

/** HTTP API AWS-service integrations: the subtype and its parameters (C55, C56, C58, C59, C66–C75). */

const SUBTYPE_CATALOGUE = SUBTYPE_NAMES.map(s => SUBTYPES[s].catalogue);

const subtypeXorUri: Rule = {
  code: 'SubtypeUriExclusive',
  catalogue: ['C55'],
  appliesTo: ['HTTP'],
  severity: 'error',
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Documented only: an AWS_PROXY integration of an HTTP API calls a Lambda function through IntegrationUri or an AWS service through '
      + 'IntegrationSubtype; no rejection text from an identifiable source is recorded',
    source: V2_INTEGRATIONS,
  },
  summary: 'an AWS_PROXY integration has exactly one of a subtype (AWS service) or a URI (Lambda)',
  check(f) {
    if (f.type !== 'AWS_PROXY') return [];
    const hasUri = f.uri !== undefined && f.uri !== '';
    if (f.subtype !== undefined && hasUri) {
      return one('AWS_PROXY integrations take a subtype (AWS service) or a URI (Lambda), not both', `subtype ${q(textOf(f.subtype))} and URI ${q(textOf(f.uri))}`, 'remove the URI for a service integration, or the subtype for a Lambda integration');
    }
    if (f.subtype === undefined && !hasUri) {
      return one('AWS_PROXY integrations need a subtype (AWS service) or a URI (Lambda)', 'neither', 'give the Lambda function ARN, or a subtype with its parameters');
    }
    return [];
  },
};

const subtypeSupported: Rule = {
  code: 'SubtypeNotSupported',
  catalogue: ['C56', ...SUBTYPE_CATALOGUE],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  docs: HTTP_SUBTYPES,
  evidence: {
    says: 'Documented: IntegrationSubtype is supported only on HTTP API AWS_PROXY integrations and names one of the ten subtypes of the reference '
      + '(no rejection text recorded for an unknown one)',
    source: `${HTTP_SUBTYPES}; ${V2_INTEGRATIONS}`,
  },
  summary: 'an integration subtype is one of the ten AWS-service subtypes, on an AWS_PROXY integration',
  check(f) {
    if (f.subtype === undefined) return [];
    if (isKnown(f.type) && f.type !== 'AWS_PROXY') {
      return one('an integration subtype is only valid on AWS_PROXY integrations', `subtype ${q(textOf(f.subtype))} on ${q(f.type)}`, 'set the type to AWS_PROXY, or remove the subtype');
    }
    if (!isKnown(f.subtype) || SUBTYPES[f.subtype]) return [];
    const near = SUBTYPE_NAMES.find(s => s.toLowerCase() === f.subtype!.toString().toLowerCase().replace(/_/g, '-'));
    return one(`the integration subtype must be one of ${oneOf(SUBTYPE_NAMES)} (case-sensitive)`, q(f.subtype), near ? `use ${q(near)}` : 'use one of these');
  },
};

/** The subtype's spec when it is known and valid. */
function knownSubtype(f: IntegrationFacts): string | undefined {
  return isKnown(f.subtype) && SUBTYPES[f.subtype] ? f.subtype : undefined;
}

const subtypeParamName: Rule = {
  code: 'SubtypeParameterNotSupported',
  catalogue: ['C58', ...SUBTYPE_CATALOGUE],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  docs: HTTP_SUBTYPES,
  evidence: {
    says: 'CreateIntegration: "Parameter: stateMachineArn does not fit schema for Operation: StepFunctions-StartSyncExecution."',
    source: `${GH}/aws/aws-cdk/issues/26328; ${HTTP_SUBTYPES}`,
  },
  summary: 'subtype request parameters are the subtype\'s own parameter names, exact case ("Parameter: … does not fit schema")',
  check(f) {
    const s = knownSubtype(f);
    if (!s || !isKnown(f.requestParameters)) return [];
    const allowed = subtypeParameters(s);
    return Object.keys(f.requestParameters).filter(k => !allowed.includes(k)).map(k => {
      const near = allowed.find(a => a.toLowerCase() === k.toLowerCase());
      return {
        what: `${s} takes only the parameters ${oneOf(allowed)} (names are case-sensitive)`,
        got: q(k),
        fix: near ? `rename it to ${q(near)}` : 'remove it',
      };
    });
  },
};

const subtypeParamRequired: Rule = {
  code: 'SubtypeParameterRequired',
  catalogue: ['C58', ...SUBTYPE_CATALOGUE],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  docs: HTTP_SUBTYPES,
  evidence: {
    says: 'Documented: each subtype lists its required request parameters (for example QueueUrl and MessageBody for SQS-SendMessage); no rejection '
      + 'text from an identifiable source is recorded',
    source: HTTP_SUBTYPES,
  },
  summary: 'every required parameter of the subtype is mapped',
  check(f) {
    const s = knownSubtype(f);
    if (!s || f.requestParameters !== undefined && !isKnown(f.requestParameters)) return [];
    const given = Object.keys(f.requestParameters ?? {});
    const missing = SUBTYPES[s].required.filter(r => !given.includes(r));
    if (missing.length === 0) return [];
    return one(`${s} requires the parameters ${oneOf(SUBTYPES[s].required)}`, `no ${oneOf(missing)}`, 'map each of them to a value or a selection expression');
  },
};

const subtypeParamValue: Rule = {
  code: 'SubtypeParameterValueInvalid',
  catalogue: ['C59', 'C77'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  docs: `${DG}/http-api-develop-integrations-aws-services.html`,
  evidence: {
    says: 'CreateIntegration/UpdateIntegration: "Invalid selection expression specified: Validation Result: warnings : [], errors : [Invalid source: '
      + '{…} specified for destination: MessageAttributes]"',
    source: `${GH}/hashicorp/terraform-provider-aws/issues/17348; ${DG}/http-api-develop-integrations-aws-services.html`,
  },
  summary: 'subtype parameter values are static text or $request/$context/$stageVariables selection expressions, never JSON object literals',
  check(f) {
    if (f.subtype === undefined) return [];
    const max = LIMITS.HTTP.mappingValueMaxLength.value;
    const out: Finding[] = [];
    for (const [k, v] of knownEntries(f.requestParameters)) {
      if (isJsonLiteral(v)) {
        out.push({ what: `a JSON object literal is not a valid source for ${k} ("Invalid source … specified for destination")`, got: q(v), fix: 'map it from the request body ($request.body.x) or a header, or send it as a string' });
        continue;
      }
      const bad = badExpression(v, 'subtype');
      if (bad) out.push({ what: `${k} must be static text or a selection expression ($request.header|querystring|path.x, $request.body[.jsonpath], $context.x, $stageVariables.x)`, got: q(bad), fix: 'fix the expression' });
      else if (v.length === 0 || v.length > max) out.push({ what: `parameter values are 1 to ${max} characters`, got: `${v.length} characters for ${k}`, fix: 'shorten it' });
    }
    return out;
  },
};

export const SUBTYPE_RULES: readonly Rule[] = [
  subtypeXorUri, subtypeSupported, subtypeParamName, subtypeParamRequired, subtypeParamValue,
];
