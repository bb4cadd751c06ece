import { COMMON_RULES } from './common';
import { EVIDENCE } from './evidence';
import { HTTP_RULES } from './http';
import { INPUT_RULES } from './inputs';
import { PERMISSION_RULES } from './permissions';
import { REST_RULES } from './rest';
import { ROLE_RULES } from './roles';
import { SERVICE_RULES } from './services';
import { TEMPLATE_RULES } from './templates';
import { Rule } from './types';
import { WEBSOCKET_RULES } from './websocket';
import { throwInternalError } from '../errors';
import { kindName } from '../format';

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
      summary: parts.map(p => `${p.appliesTo.map(kindName).join(' and ')}: ${p.summary}`).join('; '),
      // runs when some part would run
      onlyWhen: parts.every(p => p.onlyWhen) ? [...new Set(parts.flatMap(p => p.onlyWhen ?? []))] : undefined,
      check: (f, kind) => parts.filter(p => p.appliesTo.includes(kind) && subjectsOf(p).includes(f.subject)).flatMap(p => p.check(f, kind)),
    };
  });
}

/**
 * THE rule list: every constraint the service enforces on integrations, once. The typed
 * constructs and the `IntegrationChecks` aspect both run exactly this list.
 *
 * - `common.ts`: rules every API kind needs (type, timeout, connection, method, URI, credentials).
 * - `rest.ts`, `http.ts`, `websocket.ts`: rules of one kind (a code two kinds share is one row).
 * - `roles.ts`: rules about the credentials role the typed constructs create.
 * - `services.ts`: rules of the service actions (src/core/services) an integration calls, on every kind.
 */
export const RULES: readonly Rule[] = oneRowPerCode([
  ...COMMON_RULES, ...REST_RULES, ...HTTP_RULES, ...WEBSOCKET_RULES, ...ROLE_RULES, ...INPUT_RULES, ...TEMPLATE_RULES,
  ...PERMISSION_RULES, ...SERVICE_RULES,
])
  // a row written with its evidence keeps it; the others take theirs from the evidence table
  .map(r => (r.evidence || !EVIDENCE[r.code] ? r : { ...r, evidence: EVIDENCE[r.code] }));

export type { Rule, Finding } from './types';
