import { RuleCase } from './types';

/** Cases for src/core/rules/websocket.ts. */
export const WEBSOCKET_CASES: RuleCase[] = [];
