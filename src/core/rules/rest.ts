import { Rule } from './types';

/** Rules that only REST APIs have. */
export const REST_RULES: readonly Rule[] = [];
