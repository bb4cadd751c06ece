import { Rule } from './types';

/** Rules that only WebSocket APIs have. */
export const WEBSOCKET_RULES: readonly Rule[] = [];
