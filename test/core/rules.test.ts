import { ARNS_CASES } from './cases/arns';
import { CACHE_CASES } from './cases/cache';
import { CONNECTION_CASES } from './cases/connection';
import { CREDENTIALS_CASES } from './cases/credentials';
import { KINDS_CASES } from './cases/kinds';
import { METHODS_CASES } from './cases/methods';
import { PARAMETERS_REST_CASES } from './cases/parameters-rest';
import { PARAMETERS_V2_CASES } from './cases/parameters-v2';
import { PAYLOAD_CASES } from './cases/payload';
import { QUOTAS_CASES } from './cases/quotas';
import { RESPONSES_REST_CASES } from './cases/responses-rest';
import { RESPONSES_V2_CASES } from './cases/responses-v2';
import { SELECTION_CASES } from './cases/selection';
import { SERVICE_CASES } from './cases/services';
import { SUBTYPES_CASES } from './cases/subtypes';
import { TEMPLATES_CASES } from './cases/templates';
import { TIMEOUT_CASES } from './cases/timeout';
import { TLS_CASES } from './cases/tls';
import { RuleCase } from './cases/types';
import { URI_CASES } from './cases/uri';
import { VTL_CASES } from './cases/vtl';
import { WEBSOCKET_ROUTES_CASES } from './cases/websocket-routes';
import { IntegrationFacts } from '../../src/core/facts';
import { RULES } from '../../src/core/rules';
import { judge } from '../../src/core/validate';

/** One case file per rule file (src/core/rules/<topic>.ts -> cases/<topic>.ts). */
const CASES: RuleCase[] = [
  ...KINDS_CASES, ...TIMEOUT_CASES, ...CONNECTION_CASES, ...TLS_CASES, ...METHODS_CASES, ...URI_CASES, ...ARNS_CASES, ...CREDENTIALS_CASES,
  ...PAYLOAD_CASES, ...SUBTYPES_CASES, ...PARAMETERS_REST_CASES, ...CACHE_CASES, ...PARAMETERS_V2_CASES, ...WEBSOCKET_ROUTES_CASES,
  ...RESPONSES_REST_CASES, ...RESPONSES_V2_CASES, ...SELECTION_CASES, ...TEMPLATES_CASES, ...VTL_CASES, ...QUOTAS_CASES,
  ...SERVICE_CASES,
];

function factsOf(c: RuleCase): IntegrationFacts {
  return {
    kinds: c.kind === 'V2_UNKNOWN' ? ['HTTP', 'WEBSOCKET'] : [c.kind],
    subject: 'integration',
    ...c.facts,
  };
}

describe('rule table', () => {
  test.each(CASES.map(c => [`${c.code} ${c.fails ? 'reports' : 'accepts'} ${c.name} (${c.kind})`, c] as const))('%s', (_name, c) => {
    const verdict = judge(factsOf(c));
    const found = [...verdict.errors, ...verdict.warnings].filter(p => p.code === c.code);
    if (c.fails) {
      expect(found.length).toBeGreaterThan(0);
      if (c.mentions) {
        expect(found.map(p => `${p.what} | ${p.got} | ${p.fix}`).join('\n')).toContain(c.mentions);
      }
    } else {
      expect(found).toEqual([]);
    }
  });

  test('every rule has a failing and a passing case', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      if (!CASES.some(c => c.code === rule.code && c.fails)) missing.push(`${rule.code}: no failing case`);
      if (!CASES.some(c => c.code === rule.code && !c.fails)) missing.push(`${rule.code}: no passing case`);
    }
    expect(missing).toEqual([]);
  });

  test('severity follows evidence: every row says how we know, and where', () => {
    const weak: string[] = [];
    for (const rule of RULES) {
      const e = rule.evidence;
      if (!e || e.says.trim().length < 20) weak.push(`${rule.code}: no evidence of what the service does`);
      else if (!/^https:\/\//.test(e.source)) weak.push(`${rule.code}: evidence without a public source`);
    }
    expect(weak).toEqual([]);
  });

  test('every row links the AWS documentation page of its constraint', () => {
    const undocumented = RULES.filter(r => !r.docs.split('; ').every(u => /^https:\/\/docs\.aws\.amazon\.com\/\S+\.html(#\S+)?$/.test(u))).map(r => `${r.code}: ${r.docs}`);
    expect(undocumented).toEqual([]);
  });

  test('an error row quotes the service\'s refusal or a document, never only a run-time effect', () => {
    // run-time failures are warnings (they deploy); an error must name the refusing call, the schema or the document
    const runTimeOnly = RULES.filter(r => r.severity === 'error' && /^(Not refused|Deploys)|every request is answered|deploys fine/i.test(r.evidence?.says ?? '')).map(r => r.code);
    expect(runTimeOnly).toEqual([]);
  });

  test('a rule with onlyWhen reports nothing when none of those facts is given', () => {
    // the validator skips such a rule without running it: check that the skip never hides a finding
    const hidden: string[] = [];
    let judged = 0;
    for (const rule of RULES.filter(r => r.onlyWhen)) {
      for (const c of CASES) {
        const facts: Record<string, unknown> = { ...factsOf(c) };
        for (const k of rule.onlyWhen!) delete facts[k];
        for (const kind of (facts as unknown as IntegrationFacts).kinds.filter(k => rule.appliesTo.includes(k))) {
          judged++;
          const found = rule.check(facts as unknown as IntegrationFacts, kind);
          if (found.length > 0) hidden.push(`${rule.code} on case ${c.code} ${c.name} (${kind}): ${found[0].what}`);
        }
      }
    }
    expect(hidden).toEqual([]);
    expect(judged).toBeGreaterThan(1000);
  });

  test('every case names a rule that exists', () => {
    const codes = new Set(RULES.map(r => r.code));
    expect(CASES.map(c => c.code).filter(code => !codes.has(code))).toEqual([]);
  });

  test('rule codes are unique PascalCase, cite catalogue ids and have a summary', () => {
    const codes = RULES.map(r => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^[A-Z][a-zA-Z0-9]+$/);
      expect(r.catalogue.length).toBeGreaterThan(0);
      for (const id of r.catalogue) expect(id).toMatch(/^C\d{2,3}$/);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.appliesTo.length).toBeGreaterThan(0);
    }
  });

  test('a rule reports for an unknown v2 kind only when both kinds fail', () => {
    // AWS is valid for WebSocket APIs, so an integration of an unresolved v2 API is not judged on it.
    const verdict = judge({ kinds: ['HTTP', 'WEBSOCKET'], subject: 'integration', type: 'AWS', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:sqs:path/1/q', credentials: 'arn:aws:iam::123456789012:role/r' });
    expect(verdict.errors.map(e => e.code)).not.toContain('IntegrationTypeNotSupported');
    // BOGUS is valid for neither.
    const bogus = judge({ kinds: ['HTTP', 'WEBSOCKET'], subject: 'integration', type: 'BOGUS' });
    expect(bogus.errors.map(e => e.code)).toContain('IntegrationTypeNotSupported');
  });
});
