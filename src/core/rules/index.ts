import { COMMON_RULES } from './common';
import { HTTP_RULES } from './http';
import { REST_RULES } from './rest';
import { Rule } from './types';
import { WEBSOCKET_RULES } from './websocket';

/**
 * THE rule list: every constraint the service enforces on integrations, once. The typed
 * constructs and the `IntegrationChecks` aspect both run exactly this list.
 *
 * - `common.ts`: rules every API kind needs (type, timeout, connection, method, URI, credentials).
 * - `rest.ts`, `http.ts`, `websocket.ts`: rules of one kind.
 */
export const RULES: readonly Rule[] = [...COMMON_RULES, ...REST_RULES, ...HTTP_RULES, ...WEBSOCKET_RULES];

export type { Rule, Finding } from './types';
