import { RuleCase } from './types';

/** Cases for src/core/rules/http.ts. */
export const HTTP_CASES: RuleCase[] = [];
