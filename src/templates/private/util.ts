/**
 * `$util`: the six functions API Gateway documents, with the Java behaviour behind them.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#util-template-reference
 */
import { parseJsonValue, printNested } from './values';

/** The names `$util` has. */
export const UTIL_FUNCTIONS = ['escapeJavaScript', 'parseJson', 'urlEncode', 'urlDecode', 'base64Encode', 'base64Decode'] as const;

const hex = (c: number) => c.toString(16).toUpperCase();

/**
 * Java `StringEscapeUtils.escapeJavaScript`: `'` -> `\'` (which the AWS reference warns is not
 * valid JSON), `"` -> `\"`, `\` -> `\\`, `/` -> `\/`, control characters as `\b \t \n \f \r` or
 * `\u00XX`, and every character above U+007F as `\uXXXX` (upper-case hex, UTF-16 units).
 */
export function escapeJavaScript(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xfff) {out += `\\u${hex(c)}`;} else if (c > 0xff) {out += `\\u0${hex(c)}`;} else if (c > 0x7f) {out += `\\u00${hex(c)}`;} else if (c < 32) {
      const named: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };
      out += named[c] ?? (c > 0xf ? `\\u00${hex(c)}` : `\\u000${hex(c)}`);
    } else {
      const ch = s[i];
      out += ch === "'" ? "\\'" : ch === '"' ? '\\"' : ch === '\\' ? '\\\\' : ch === '/' ? '\\/' : ch;
    }
  }
  return out;
}

/** Java `URLEncoder.encode(s, "UTF-8")`: space -> `+`; only `A-Z a-z 0-9 . - * _` stay. */
export function urlEncode(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()~]/g, c => `%${hex(c.charCodeAt(0))}`)
    .replace(/%20/g, '+');
}

/** Java `URLDecoder.decode(s, "UTF-8")`: `+` -> space, `%XX` sequences as UTF-8. */
export function urlDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** The `$util` object a template sees. */
export function utilObject(): Record<string, (...args: unknown[]) => unknown> {
  const str = (v: unknown) => (v === null || v === undefined ? undefined : printNested(v));
  return {
    escapeJavaScript: v => { const s = str(v); return s === undefined ? undefined : escapeJavaScript(s); },
    parseJson: v => { const s = str(v); return s === undefined ? undefined : parseJsonValue(s); },
    urlEncode: v => { const s = str(v); return s === undefined ? undefined : urlEncode(s); },
    urlDecode: v => { const s = str(v); return s === undefined ? undefined : urlDecode(s); },
    base64Encode: v => { const s = str(v); return s === undefined ? undefined : Buffer.from(s, 'utf8').toString('base64'); },
    base64Decode: v => { const s = str(v); return s === undefined ? undefined : Buffer.from(s, 'base64').toString('utf8'); },
  };
}
