import { Rule } from './types';

/** Rules that only HTTP APIs have. */
export const HTTP_RULES: readonly Rule[] = [];
