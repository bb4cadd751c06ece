import { ApiKind, IntegrationFacts } from '../../../src/core/facts';

/**
 * One row of the rule test table: facts that make `code` report (`fails: true`) or stay silent
 * (`fails: false`). Every rule needs at least one of each (see the meta-test in rules.test.ts).
 */
export interface RuleCase {
  /** The rule code under test. */
  readonly code: string;
  /** What the case shows, for the test name. */
  readonly name: string;
  /** The facts (kinds defaults to the one kind given, subject to 'integration'). */
  readonly kind: ApiKind | 'V2_UNKNOWN';
  readonly facts: Partial<IntegrationFacts>;
  readonly fails: boolean;
  /** For failing cases: a substring the finding's text (what, got or fix) must contain. */
  readonly mentions?: string;
}
