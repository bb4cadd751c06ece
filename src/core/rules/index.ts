import { throwInternalError } from '../errors';
import { kindName } from '../format';
import { ARN_RULES } from './arns';
import { CACHE_RULES } from './cache';
import { CONNECTION_RULES } from './connection';
import { CREDENTIAL_RULES } from './credentials';
import { KIND_RULES } from './kinds';
import { METHOD_RULES } from './methods';
import { REST_PARAMETER_RULES } from './parameters-rest';
import { V2_PARAMETER_RULES } from './parameters-v2';
import { PAYLOAD_RULES } from './payload';
import { QUOTA_RULES } from './quotas';
import { REST_RESPONSE_RULES } from './responses-rest';
import { V2_RESPONSE_RULES } from './responses-v2';
import { SELECTION_RULES } from './selection';
import { SERVICE_RULES } from './services';
import { SUBTYPE_RULES } from './subtypes';
import { TEMPLATE_RULES } from './templates';
import { TIMEOUT_RULES } from './timeout';
import { TLS_RULES } from './tls';
import { Rule } from './types';
import { URI_RULES } from './uri';
import { VTL_RULES } from './vtl';
import { WEBSOCKET_ROUTE_RULES } from './websocket-routes';

/**
 * One rule per code: kinds that check the same thing with their own grammar (REST and HTTP API
 * request-parameter keys, say) each write their part in their own file under the same code; the
 * parts become one row here, whose check runs the part of the kind being judged.
 */
function oneRowPerCode(rules: readonly Rule[]): Rule[] {
  const groups = new Map<string, Rule[]>();
  for (const r of rules) groups.set(r.code, [...(groups.get(r.code) ?? []), r]);
  return [...groups.values()].map(parts => {
    if (parts.length === 1) return parts[0];
    if (parts.some(p => p.severity !== parts[0].severity)) return throwInternalError(`rule ${parts[0].code} has parts of different severities`);
    const subjectsOf = (r: Rule) => r.subjects ?? ['integration'];
    return {
      code: parts[0].code,
      catalogue: [...new Set(parts.flatMap(p => p.catalogue))],
      appliesTo: [...new Set(parts.flatMap(p => p.appliesTo))],
      subjects: [...new Set(parts.flatMap(subjectsOf))],
      severity: parts[0].severity,
      docs: [...new Set(parts.map(p => p.docs))].join('; '),
      // one part carries the evidence of the whole code
      evidence: parts.find(p => p.evidence)?.evidence,
      summary: parts.map(p => `${p.appliesTo.map(kindName).join(' and ')}: ${p.summary}`).join('; '),
      // runs when some part would run
      onlyWhen: parts.every(p => p.onlyWhen) ? [...new Set(parts.flatMap(p => p.onlyWhen ?? []))] : undefined,
      check: (f, kind) => parts.filter(p => p.appliesTo.includes(kind) && subjectsOf(p).includes(f.subject)).flatMap(p => p.check(f, kind)),
    };
  });
}

/**
 * THE rule list: every constraint the service enforces on integrations, once. The typed
 * constructs and the `IntegrationChecks` aspect both run exactly this list. One file per topic
 * (a topic whose grammar differs per kind has a file per grammar: `parameters-rest.ts` and
 * `parameters-v2.ts`); each row carries its documentation page and its evidence.
 */
export const RULES: readonly Rule[] = oneRowPerCode([
  ...KIND_RULES, ...TIMEOUT_RULES, ...CONNECTION_RULES, ...TLS_RULES, ...METHOD_RULES, ...URI_RULES, ...ARN_RULES, ...CREDENTIAL_RULES,
  ...PAYLOAD_RULES, ...SUBTYPE_RULES, ...REST_PARAMETER_RULES, ...CACHE_RULES, ...V2_PARAMETER_RULES, ...WEBSOCKET_ROUTE_RULES,
  ...REST_RESPONSE_RULES, ...V2_RESPONSE_RULES, ...SELECTION_RULES, ...TEMPLATE_RULES, ...VTL_RULES, ...QUOTA_RULES,
  ...SERVICE_RULES,
]);

export type { Finding, Rule } from './types';
