import { Fact, FactMap, HOLE, IntegrationFacts, isKnown, knownEntries, textOf } from '../facts';
import { formatBytes, q } from '../format';
import { LIMITS } from '../limits';
import { MIME, responses } from './shared';
import { CFN_V2_INTEGRATION, CFN_V2_INTEGRATION_SCHEMA, LS, PUT_INTEGRATION, REST_QUOTAS, V2_INTEGRATIONS, WS_QUOTAS } from './sources';
import { Finding, Rule } from './types';

/** Mapping templates as maps: their keys and sizes, and the EventBridge entries PutEvents templates write (C26, C27, C66, C89). The text is read in `vtl.ts`. */

function templateMaps(f: IntegrationFacts): Array<[string, Fact<FactMap<string>>]> {
  return [['request templates', f.requestTemplates], ...responses(f).map((r): [string, Fact<FactMap<string>>] => [`response templates of ${q(textOf(r.statusCode))}`, r.responseTemplates])];
}

const templateKeys: Rule = {
  code: 'TemplateContentTypeInvalid',
  catalogue: ['C26'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'PutIntegrationResponse (template key "123"): "Validation Result: warnings : [], errors : [Invalid content type specified: 123]"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates, `
      + 'recorded 2025-06-18)',
  },
  summary: 'request and response templates are keyed by a MIME content type',
  check(f) {
    const out: Finding[] = [];
    for (const [where, m] of templateMaps(f)) {
      if (!isKnown(m)) continue;
      for (const k of Object.keys(m).filter(key => !MIME.test(key))) {
        out.push({ what: `${where} must be keyed by content type ("Invalid content type specified")`, got: q(k), fix: 'use a MIME type such as "application/json"' });
      }
    }
    return out;
  },
};

const templateSize: Rule = {
  code: 'TemplateTooLarge',
  catalogue: ['C27'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  docs: REST_QUOTAS,
  evidence: {
    says: 'Documented hard quota: a REST mapping template is at most 300 KB, not increasable (no rejection text recorded)',
    source: REST_QUOTAS,
  },
  summary: `each mapping template is at most ${formatBytes(LIMITS.REST.mappingTemplateMaxBytes.value)}`,
  check(f) {
    const max = LIMITS.REST.mappingTemplateMaxBytes.value;
    const out: Finding[] = [];
    for (const [where, m] of templateMaps(f)) {
      for (const [k, v] of knownEntries(m)) {
        const size = Buffer.byteLength(v, 'utf8');
        if (size > max) out.push({ what: `mapping templates must be at most ${max} bytes`, got: `${size} bytes in ${where} ${q(k)}`, fix: 'move logic to the back end, or split the template' });
      }
    }
    return out;
  },
};

function templateSizes(templates: Fact<FactMap<string>>, what: string): Finding[] {
  const max = LIMITS.WEBSOCKET.mappingTemplateMaxBytes.value;
  return knownEntries(templates).filter(([, t]) => Buffer.byteLength(t, 'utf8') > max).map(([key, t]) => ({
    what: `each ${what} template must be at most ${max} bytes`,
    got: `${Buffer.byteLength(t, 'utf8')} bytes for ${q(key)}`,
    fix: 'shorten the template (move logic to the back end)',
  }));
}

const wsTemplateSize: Rule = {
  code: 'MappingTemplateTooLarge',
  catalogue: ['C89', 'C27'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'error',
  docs: WS_QUOTAS,
  evidence: {
    says: 'WebSocket quotas: maximum mapping template size 300 KB, not increasable (the v2 API model\'s 32768-character description is not '
      + 'recorded as enforced, so only the quota is checked)',
    source: `${WS_QUOTAS}; ${V2_INTEGRATIONS}`,
  },
  summary: `each WebSocket request or response template is at most ${formatBytes(LIMITS.WEBSOCKET.mappingTemplateMaxBytes.value)}`,
  check(f) {
    if (f.subject === 'integration') return templateSizes(f.requestTemplates, 'request');
    return responses(f).flatMap(r => templateSizes(r.responseTemplates, 'response'));
  },
};

const wsTemplateKeys: Rule = {
  code: 'TemplateSelectionKeyInvalid',
  catalogue: ['C89'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['requestTemplates'],
  docs: CFN_V2_INTEGRATION,
  evidence: {
    says: 'CloudFormation schema: AWS::ApiGatewayV2::Integration RequestTemplates allows only keys matching [a-zA-Z0-9]+ (additionalProperties false), '
      + 'so a key without a letter or digit fails property validation',
    source: CFN_V2_INTEGRATION_SCHEMA,
  },
  summary: 'request templates are keyed by a template selection key with a letter or digit ($default, a content type, a selected value)',
  check(f) {
    if (!isKnown(f.requestTemplates)) return [];
    return Object.keys(f.requestTemplates).filter(k => !/[a-zA-Z0-9]/.test(k)).map(k => ({
      what: 'request templates must be keyed by a template selection key: "$default", a content type or a value the template selection expression selects (CloudFormation\'s pattern [a-zA-Z0-9]+)',
      got: q(k),
      fix: 'name the key, for example "$default"',
    }));
  },
};


/** A JSON string literal of `field` in a template (`"Source": "shop"`), decoded; `undefined` when VTL or a token makes it dynamic. */
function templateField(template: string, field: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(new RegExp(`"${field}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'gs'))) {
    const raw = m[1];
    if (raw.includes('$') || raw.includes('#') || raw.includes(HOLE)) continue; // VTL or a token: known at run time only
    try {
      out.push(JSON.parse(raw) as string);
    } catch {
      continue;
    }
  }
  return out;
}

const eventBridgeEntries: Rule = {
  code: 'EventBridgeEntryInvalid',
  catalogue: ['C66'],
  appliesTo: ['REST', 'WEBSOCKET'],
  // it deploys: every request is answered 200 and no event arrives (a run-time failure, so a warning)
  severity: 'warning',
  onlyWhen: ['requestTemplates'],
  evidence: {
    says: 'PutEventsRequestEntry: Source is 1 to 256 characters and may not start with the service-reserved "aws."; DetailType is 1 to 128 characters. PutEvents fails such an entry (FailedEntryCount) while the call answers 200, so every request is answered 200 and no event arrives',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html',
  },
  docs: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html',
  summary: `the static Source and DetailType of an EventBridge PutEvents template are 1–${LIMITS.REST.eventSourceMaxLength.value} and `
    + `1–${LIMITS.REST.eventDetailTypeMaxLength.value} characters, and Source does not start with "aws."`,
  check(f, kind) {
    const sourceMax = LIMITS[kind].eventSourceMaxLength.value;
    const detailTypeMax = LIMITS[kind].eventDetailTypeMaxLength.value;
    const uri = textOf(f.uri);
    if (uri === undefined || !/:events:action\/PutEvents(\?|$)/.test(uri)) return [];
    const out: Finding[] = [];
    // a template with a token in it (the bus ARN) is judged on its literal text
    const templates = isKnown(f.requestTemplates) ? Object.values(f.requestTemplates).map(textOf).filter((t): t is string => t !== undefined) : [];
    for (const template of templates) {
      for (const s of templateField(template, 'Source')) {
        if (s.length < 1 || s.length > sourceMax) out.push({ what: `an event Source has 1 to ${sourceMax} characters`, got: `${s.length} characters`, fix: 'name the source' });
        else if (s.startsWith('aws.')) out.push({ what: 'the "aws." Source prefix is reserved for AWS services', got: q(s), fix: 'use your own prefix, for example "com.example.shop"' });
      }
      for (const d of templateField(template, 'DetailType')) {
        if (d.length < 1 || d.length > detailTypeMax) {
          out.push({ what: `an event DetailType has 1 to ${detailTypeMax} characters`, got: `${d.length} characters`, fix: `give a detail type of at most ${detailTypeMax} characters` });
        }
      }
    }
    return out;
  },
};

export const TEMPLATE_RULES: readonly Rule[] = [
  templateKeys, templateSize, wsTemplateSize, wsTemplateKeys, eventBridgeEntries,
];
