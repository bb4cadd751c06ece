/**
 * Values the library writes into the mapping templates it builds (EventBridge source and detail type,
 * table, stream, bus and state machine names and ARNs). A template is VTL whose output is JSON (or a
 * form body): a value must come out of the VTL engine unchanged and be one JSON string.
 *
 * - JSON: `JSON.stringify` escapes quotes, backslashes and control characters.
 * - VTL: `$` starts a reference and `#` a directive or a comment (`##` cuts the rest of the line,
 *   `#set(...)` runs). Inside a JSON string both can be written as JSON escapes (`\u0024`, `\u0023`),
 *   which the VTL engine passes through as plain text and JSON decodes back to the character.
 * - Tokens (`${Token[…]}`) are kept as they are: CloudFormation substitutes them at deploy time.
 *   Their values (ARNs, names the service generates) cannot be escaped here.
 */

/** A CDK string token as it appears inside a string. */
const TOKEN = /\$\{Token\[[^\]]+\]\}/g;

/** Splits `s` into literal text and tokens, escaping the literal parts with `escape`. */
function mapLiterals(s: string, escape: (literal: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(TOKEN)) {
    out += escape(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escape(s.slice(last));
}

/** The inside of a JSON string literal that a VTL engine emits unchanged. */
function jsonVtlEscape(literal: string): string {
  return JSON.stringify(literal).slice(1, -1).replace(/\$/g, '\\u0024').replace(/#/g, '\\u0023');
}

/** `value` as a JSON string literal (with its quotes) that VTL passes through as data: `"a\u0023b"`. */
export function vtlJsonString(value: string): string {
  return `"${mapLiterals(value, jsonVtlEscape)}"`;
}

/**
 * `value` URL-encoded for a form-encoded body built by VTL: known text is encoded here (no `$` or
 * `#` survives `encodeURIComponent`); a value with tokens is encoded by the template at run time
 * (`$util.urlEncode('…')`, a VTL single-quoted string, which doubles its quotes and interpolates nothing).
 */
export function vtlUrlEncoded(value: string): string {
  if (value.match(TOKEN) === null) return encodeURIComponent(value);
  return `$util.urlEncode('${mapLiterals(value, l => l.replace(/'/g, "''"))}')`;
}
