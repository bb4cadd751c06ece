import { ApiKind, IntegrationFacts, Subject } from '../facts';

/** What a rule reports: the rule's code and severity are added by the validator. */
export interface Finding {
  /** What is wrong, in the service's terms (no trailing punctuation). */
  readonly what: string;
  /** The value given, rendered for people. */
  readonly got: string;
  /** How to fix it (imperative, no trailing punctuation). */
  readonly fix: string;
}

/**
 * How we know a rule is right. For an error: the service's own rejection (the message text it
 * answers with, or the document that says the deploy fails). For a warning: what breaks at run
 * time, or why it depends on the account.
 */
export interface Evidence {
  /** Errors: the service's message, or what the document says is refused. Warnings: the run-time effect. */
  readonly says: string;
  /** Where: the AWS documentation page, or a public recording of the service's behaviour. */
  readonly source: string;
}

/** One row of the rule table. */
export interface Rule {
  /** PascalCase noun phrase, stable: users acknowledge warnings and grep for it. */
  readonly code: string;
  /** Catalogue ids (CONSTRAINTS.md) the rule enforces. */
  readonly catalogue: readonly string[];
  /** API kinds the rule judges. */
  readonly appliesTo: readonly ApiKind[];
  /** What the rule looks at. @default ['integration'] */
  readonly subjects?: readonly Subject[];
  /** `error`: the deploy, or every request, would fail. `warning`: account-dependent or insecure but legal. */
  readonly severity: 'error' | 'warning';
  /**
   * The facts without which the rule has nothing to report: when none of them is given (all are
   * `undefined`), the validator does not run the check. Only a shortcut (most integrations set few
   * fields, and every bind is judged), never a condition of its own: leave it out when unsure. A
   * test runs every rule on every case with these facts removed and expects no finding.
   * @default - the check always runs
   */
  readonly onlyWhen?: ReadonlyArray<keyof IntegrationFacts>;
  /**
   * The AWS documentation page of the constraint (an https://docs.aws.amazon.com URL; a meta-test
   * enforces it, and the README's rule table links each code to it). A code several kinds share
   * lists the page of each part, separated by "; ".
   */
  readonly docs: string;
  /** How we know (see {@link Evidence}); every error row must have it (a meta-test enforces it). */
  readonly evidence?: Evidence;
  /** One line for the README: what it checks. */
  readonly summary: string;
  /** Judges the facts as an API of kind `kind`. Must never throw; unknown values are not judged. */
  check(facts: IntegrationFacts, kind: ApiKind): Finding[];
}

/** One finding, as the single-element list a rule's `check` returns. */
export function one(what: string, got: string, fix: string): Finding[] {
  return [{ what, got, fix }];
}
