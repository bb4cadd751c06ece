import * as iam from 'aws-cdk-lib/aws-iam';
import { ServiceAction, TargetFacts } from './types';

/**
 * The one way every kind records which table row an integration instance calls, on which target:
 * its grant (made on the role the integration creates) and its target's facts (read by the
 * rules). INTERNAL.
 */
export interface BoundAction {
  /** Grants the row's action on the target. */
  readonly grant: (grantee: iam.IGrantable) => void;
  /** The target's facts. */
  readonly target: TargetFacts;
}

const BOUND = new WeakMap<object, BoundAction>();

/** The row and target bound together: grant and facts. */
export function boundTo<T>(row: ServiceAction<T>, target: T): BoundAction {
  return { grant: grantee => row.grant(target, grantee), target: row.targetFacts?.(target) ?? {} };
}

/** Records that `integration` calls `row` on `target`; returns the integration. */
export function bindAction<I extends object, T>(integration: I, row: ServiceAction<T>, target: T): I {
  BOUND.set(integration, boundTo(row, target));
  return integration;
}

/** What {@link bindAction} recorded for the integration, if anything. */
export function boundAction(integration: object): BoundAction | undefined {
  return BOUND.get(integration);
}
