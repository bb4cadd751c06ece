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

/**
 * A request value as a REST mapping-template (VTL) expression whose result is URL-encoded, for
 * form-encoded AWS service requests (`Action=SendMessage&MessageGroupId=…`); `undefined` for the
 * sources that are not one value (multi-value headers and query strings, the whole path).
 */
export function renderTemplateValue(v: RequestValue): string | undefined {
  // VTL single-quoted strings double a quote; literals are URL-encoded here, so `$` and `#` cannot reach VTL
  const n = (v._name ?? '').replace(/'/g, "''");
  switch (v._source) {
    case 'header': return `$util.urlEncode($input.params().header.get('${n}'))`;
    case 'querystring': return `$util.urlEncode($input.params().querystring.get('${n}'))`;
    case 'path': return `$util.urlEncode($input.params().path.get('${n}'))`;
    case 'body': return '$util.urlEncode($input.body)';
    case 'bodyPath': return `$util.urlEncode($input.path('$${n === '' ? '' : `.${n}`}'))`;
    case 'context': return `$util.urlEncode($context.${v._name ?? ''})`;
    case 'stageVariable': return `$util.urlEncode($stageVariables.${v._name ?? ''})`;
    case 'literal': return encodeURIComponent(v._name ?? '');
    default: return undefined;
  }
}
