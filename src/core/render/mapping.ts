import { RequestValue } from '../../mapping/request-value';
import { ResponseValue } from '../../mapping/response-value';
import { ApiKind } from '../facts';

/**
 * Mapping values -> each API kind's syntax. Total: every source renders to *something*; a source
 * the kind does not have renders to the expression a user would have written for it, and the
 * rule table (not this file) reports it — so the typed constructs and `IntegrationChecks` agree.
 */

const REQUEST_PREFIX: Record<ApiKind, string> = { REST: 'method.request', HTTP: '$request', WEBSOCKET: 'route.request' };

/** `method.request.header.x` (REST), `$request.header.x` (HTTP), `route.request.header.x` (WebSocket). */
export function renderRequestValue(kind: ApiKind, v: RequestValue): string {
  const p = REQUEST_PREFIX[kind];
  const n = v._name ?? '';
  const dollar = kind === 'HTTP' ? '$' : '';
  switch (v._source) {
    case 'header': return `${p}.header.${n}`;
    case 'multiValueHeader': return `${p}.multivalueheader.${n}`;
    case 'querystring': return `${p}.querystring.${n}`;
    case 'multiValueQuerystring': return `${p}.multivaluequerystring.${n}`;
    case 'path': return `${p}.path.${n}`;
    case 'wholePath': return `${p}.path`;
    case 'body': return `${p}.body`;
    case 'bodyPath': return n === '' ? `${p}.body` : `${p}.body.${n}`;
    case 'context': return `${dollar}context.${n}`;
    case 'stageVariable': return `${dollar}stageVariables.${n}`;
    default: return kind === 'HTTP' ? n : `'${n}'`; // literal
  }
}

/** `integration.response.header.x` (REST, WebSocket), `$response.header.x` (HTTP). */
export function renderResponseValue(kind: ApiKind, v: ResponseValue): string {
  const p = kind === 'HTTP' ? '$response' : 'integration.response';
  const n = v._name ?? '';
  const dollar = kind === 'HTTP' ? '$' : '';
  switch (v._source) {
    case 'header': return `${p}.header.${n}`;
    case 'multiValueHeader': return `${p}.multivalueheader.${n}`;
    case 'body': return `${p}.body`;
    case 'bodyPath': return n === '' ? `${p}.body` : `${p}.body.${n}`;
    case 'context': return `${dollar}context.${n}`;
    case 'stageVariable': return `${dollar}stageVariables.${n}`;
    default: return kind === 'HTTP' ? n : `'${n}'`; // literal
  }
}
