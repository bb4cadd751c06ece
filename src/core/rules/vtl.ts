import { paramNames, syntaxProblem, unknownContextNames, unknownUtilNames } from '../../templates/private/check';
import { ApiKind, IntegrationFacts, isKnown, knownEntries, knownItems, textOf } from '../facts';
import { DG } from './sources';
import { Finding, Rule } from './types';

/**
 * Rules on what mapping templates say (REST request and response templates, WebSocket request
 * templates and integration-response templates), read with the same VTL parser that
 * `MappingTemplate.render` uses. Template size is `TemplateTooLarge` / `MappingTemplateTooLarge`.
 */

const REFERENCE = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html';

/** One template the facts show: where it is, its key (content type) and its text. */
interface Seen {
  readonly where: string;
  readonly key: string;
  readonly text: string;
}

function templatesOf(f: IntegrationFacts, kind: ApiKind): Seen[] {
  const out: Seen[] = [];
  const add = (where: string, m: IntegrationFacts['requestTemplates']) => {
    for (const [key, text] of knownEntries(m)) out.push({ where, key, text });
  };
  if (f.subject === 'integration') add('request template', f.requestTemplates);
  if (kind === 'REST' ? f.subject === 'integration' : f.subject === 'integrationResponse') {
    for (const r of knownItems(f.integrationResponses)) {
      const id = textOf(r.statusCode) ?? textOf(r.responseKey) ?? '?';
      add(`response template of "${id}"`, r.responseTemplates);
    }
  }
  return out;
}

const KINDS: ApiKind[] = ['REST', 'WEBSOCKET'];

const SUBJECTS = ['integration', 'integrationResponse'] as const;

const syntax: Rule = {
  code: 'TemplateSyntaxError',
  catalogue: ['C26'],
  appliesTo: KINDS,
  subjects: SUBJECTS,
  severity: 'warning',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  evidence: {
    says: 'API Gateway stores a template that does not parse and deploys it; every request that selects the template then fails '
      + 'with 500 {"message": "Internal server error"} when the template is evaluated',
    source: 'https://github.com/aws/aws-cdk/issues/34777',
  },
  docs: `${DG}/api-gateway-mapping-template-reference.html`,
  summary: 'mapping templates parse as Velocity (VTL): a syntax error is reported with its content type, line and column',
  check(f, kind) {
    return templatesOf(f, kind).flatMap((t): Finding[] => {
      const p = syntaxProblem(t.text);
      if (!p) return [];
      return [{
        what: `the ${t.where} "${t.key}" does not parse (line ${p.line}, column ${p.column}): every request that selects it fails with 500`,
        got: p.message,
        fix: 'correct the Velocity syntax; MappingTemplate.render(template, input) shows what the template produces',
      }];
    });
  },
};

const PARAM_SOURCES = ['path', 'querystring', 'header'];

const undeclaredParam: Rule = {
  code: 'TemplateParameterUndeclared',
  catalogue: ['C30'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['requestTemplates'],
  evidence: {
    says: '$input.params(\'x\') reads the path, query string and headers of the request as sent; a parameter the method does not declare '
      + 'is neither required nor validated, and the template reads "" whenever the client leaves it out',
    source: REFERENCE,
  },
  docs: `${DG}/api-gateway-mapping-template-reference.html`,
  summary: '$input.params(\'x\') in a request template names a parameter the method declares (when the method is known)',
  check(f) {
    const declared = f.method?.requestParameters;
    if (!isKnown(declared)) return [];
    const names = new Set(Object.keys(declared).map(k => /^method\.request\.(?:path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/.exec(k)?.[1]?.toLowerCase()));
    const resourcePath = textOf(f.method?.resourcePath) ?? '';
    return templatesOf(f, 'REST').filter(t => t.where === 'request template').flatMap(t => paramNames(t.text)
      .filter(p => !names.has(p.name.toLowerCase()) && !resourcePath.includes(`{${p.name}}`) && !resourcePath.includes(`{${p.name}+}`))
      .map((p): Finding => ({
        what: `the request template "${t.key}" reads $input.params('${p.name}') (line ${p.line}), which the method does not declare`,
        got: `declared: ${[...names].filter(Boolean).join(', ') || 'none'}`,
        fix: `declare it in the method's requestParameters (${PARAM_SOURCES.map(s => `method.request.${s}.${p.name}`).join(' or ')}), or read a declared one`,
      })));
  },
};

const unknownContext: Rule = {
  code: 'TemplateContextVariableUnknown',
  catalogue: ['C26'],
  appliesTo: KINDS,
  subjects: SUBJECTS,
  severity: 'warning',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  evidence: { says: 'a $context variable API Gateway does not have is null: the template prints nothing where the value was meant to be', source: REFERENCE },
  docs: `${DG}/api-gateway-mapping-template-reference.html`,
  summary: 'mapping templates read only $context variables API Gateway has',
  check(f, kind) {
    return templatesOf(f, kind).flatMap(t => unknownContextNames(t.text).map((n): Finding => ({
      what: `the ${t.where} "${t.key}" reads ${n.name} (line ${n.line}), which API Gateway does not set, so it prints nothing`,
      got: n.name,
      fix: `use a documented context variable (${REFERENCE}#context-variable-reference)`,
    })));
  },
};

const unknownUtil: Rule = {
  code: 'TemplateUtilFunctionUnknown',
  catalogue: ['C26'],
  appliesTo: KINDS,
  subjects: SUBJECTS,
  severity: 'warning',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  evidence: {
    says: '$util has only escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode and base64Decode; any other call yields null and prints nothing',
    source: `${REFERENCE}#util-template-reference`,
  },
  docs: `${DG}/api-gateway-mapping-template-reference.html#util-template-reference`,
  summary: 'mapping templates call only the $util functions API Gateway has',
  check(f, kind) {
    return templatesOf(f, kind).flatMap(t => unknownUtilNames(t.text).map((n): Finding => ({
      what: `the ${t.where} "${t.key}" calls ${n.name} (line ${n.line}), which API Gateway's $util does not have`,
      got: n.name,
      fix: 'use escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode or base64Decode (AppSync\'s $util.qr, $util.toJson… do not exist here)',
    })));
  },
};

export const VTL_RULES: readonly Rule[] = [
  syntax, undeclaredParam, unknownContext, unknownUtil,
];
