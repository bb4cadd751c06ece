import { Annotations, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { formatReport, Problem, throwValidationError } from './errors';
import { IntegrationFacts } from './facts';
import { RULES } from './rules';
import { Finding, Rule } from './rules/types';

/** The outcome of running the rule table on one set of facts. */
export interface Verdict {
  readonly errors: Problem[];
  readonly warnings: Problem[];
}

/** The warning id users pass to `Annotations.of(scope).acknowledgeWarning(id)`. */
export function warningId(code: string): string {
  return `cdk-apigateway-integrations:${code}`;
}

/** The rules that judge a subject of these kinds, per rule list (computed once per combination). */
const applicableCache = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>();

function applicable(rules: readonly Rule[], facts: IntegrationFacts): readonly Rule[] {
  let byKey = applicableCache.get(rules);
  if (!byKey) {
    byKey = new Map();
    applicableCache.set(rules, byKey);
  }
  const kinds = facts.kinds;
  const key = kinds.length === 1 ? `${facts.subject}:${kinds[0]}` : `${facts.subject}:${kinds.join(',')}`;
  let hit = byKey.get(key);
  if (!hit) {
    hit = rules.filter(rule => (rule.subjects ?? ['integration']).includes(facts.subject) && kinds.some(k => rule.appliesTo.includes(k)));
    byKey.set(key, hit);
  }
  return hit;
}

/** True when one of `keys` is given in `facts` (a plain loop: this runs for every rule of every bind). */
function anyGiven(facts: IntegrationFacts, keys: ReadonlyArray<keyof IntegrationFacts>): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (facts[keys[i]] !== undefined) return true;
  }
  return false;
}

/**
 * Runs every rule that applies. When the API kind is not known (a v2 integration of an imported
 * API), a rule reports only when the facts are wrong for every kind they could belong to.
 */
export function judge(facts: IntegrationFacts, rules: readonly Rule[] = RULES): Verdict {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const rule of applicable(rules, facts)) {
    if (rule.onlyWhen && !anyGiven(facts, rule.onlyWhen)) continue;
    let findings: Finding[] | undefined;
    for (const k of facts.kinds) {
      const found = rule.appliesTo.includes(k) ? rule.check(facts, k) : [];
      if (found.length === 0) {
        findings = undefined;
        break;
      }
      findings ??= found;
    }
    if (!findings) continue;
    const list = rule.severity === 'error' ? errors : warnings;
    for (const f of findings) list.push({ code: rule.code, ...f });
  }
  return { errors, warnings };
}

function line(p: Problem): string {
  return `[${p.code}] ${p.what}, got ${p.got}; ${p.fix}`;
}

/** Each warning becomes an annotation on `scope`, acknowledgeable by its rule code. */
export function warn(scope: IConstruct, warnings: readonly Problem[]): void {
  for (const w of warnings) Annotations.of(scope).addWarningV2(warningId(w.code), line(w));
}

/**
 * Records a verdict on `scope`, never throwing: warnings become warning annotations (acknowledgeable
 * by rule code) and the errors one error annotation, the report `[path] Class: N problems` with a
 * line per problem. `cdk synth` then lists every construct's report at once and fails, whatever
 * construct or aspect found them (the CDK CLI refuses to synthesize or deploy an app with error
 * annotations; `--strict` makes warnings fail too).
 */
export function record(scope: IConstruct, subject: string, verdict: Verdict): void {
  warn(scope, verdict.warnings);
  if (verdict.errors.length > 0) Annotations.of(scope).addError(formatReport(scope.node.path, subject, verdict.errors));
}

/**
 * The typed constructs' door: judges `facts` and records the verdict on `scope` (see
 * {@link record}); `subject` is the class name. `rules` narrows the check (for example to the
 * rules one route can break).
 */
export function recordVerdict(scope: IConstruct, subject: string, facts: IntegrationFacts, rules: readonly Rule[] = RULES): Verdict {
  const verdict = judge(facts, rules);
  record(scope, subject, verdict);
  return verdict;
}

/**
 * For a configuration aws-cdk-lib cannot even build (it would throw its own error, without our
 * findings): throws the one report of every error found, naming `scope`. Use only where the
 * construct cannot be created at all; everything else is recorded.
 */
export function throwUnbuildable(scope: IConstruct, subject: string, verdict: Verdict): never {
  return throwValidationError(scope.node.path, subject, verdict.errors);
}

/** The aspect's door: every problem becomes an annotation on `node`, whose message starts with `[<RuleCode>]`. */
export function annotate(node: IConstruct, facts: IntegrationFacts): void {
  const verdict = judge(facts);
  for (const e of verdict.errors) Annotations.of(node).addError(line(e));
  warn(node, verdict.warnings);
}

/** The marker every string token embeds: a key without it is literal (and skips the token parser). */
const STRING_TOKEN_MARKER = '${Token[';

/** The keys of `value` (at any depth) that are unresolved tokens. */
function tokenKeys(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) tokenKeys(v, found);
  } else if (typeof value === 'object' && value !== null && !Token.isUnresolved(value)) {
    for (const k in value) {
      if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
      if (k.includes(STRING_TOKEN_MARKER) && Token.isUnresolved(k)) found.push(k);
      const v = (value as Record<string, unknown>)[k];
      if (typeof v === 'object' && v !== null) tokenKeys(v, found);
    }
  }
  return found;
}

/**
 * The typed constructs' check of what they are about to render: a key of a CloudFormation map (a
 * mapped parameter's name, a template's content type, a status code) cannot be an unresolved
 * token (a key that resolves to a reference such as `{ Ref: … }` cannot be written), so it is
 * refused here, with the construct's path, instead of failing later in synthesis.
 */
export function assertLiteralKeys(scope: IConstruct, subject: string, rendered: unknown): void {
  const keys = tokenKeys(rendered);
  if (keys.length === 0) return;
  throwValidationError(scope.node.path, subject, [{
    code: 'MapKeyIsToken',
    what: 'parameter names, content types and status codes become keys of CloudFormation maps and must be known at synth time',
    got: keys.map(k => JSON.stringify(k)).join(', '),
    fix: 'use literal names (tokens may be values, not keys)',
  }]);
}
