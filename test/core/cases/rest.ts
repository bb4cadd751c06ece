import { RuleCase } from './types';

/** Cases for src/core/rules/rest.ts. */
export const REST_CASES: RuleCase[] = [];
