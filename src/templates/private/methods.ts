/**
 * Java methods templates call on strings, numbers, maps and lists (`$s.length()`,
 * `$s.replaceAll(regex, x)`, `$m.containsKey(k)`…), where JavaScript's differ or are missing.
 */
import { isMap, javaEquals, printNested } from './values';

type Method = (self: never, ...args: never[]) => unknown;

const str = (v: unknown) => (v === null || v === undefined ? 'null' : printNested(v));
const regex = (r: unknown, flags = 'g') => new RegExp(str(r), flags);

const STRING: Record<string, (s: string, ...a: unknown[]) => unknown> = {
  length: s => s.length,
  isEmpty: s => s.length === 0,
  contains: (s, x) => s.includes(str(x)),
  equals: (s, x) => javaEquals(s, x),
  equalsIgnoreCase: (s, x) => x !== null && x !== undefined && s.toLowerCase() === str(x).toLowerCase(),
  matches: (s, r) => new RegExp(`^(?:${str(r)})$`).test(s),
  replaceAll: (s, r, x) => s.replace(regex(r), str(x)),
  replaceFirst: (s, r, x) => s.replace(regex(r, ''), str(x)),
  replace: (s, a, b) => s.split(str(a)).join(str(b)),
  split: (s, r) => {
    const parts = s.split(regex(r));
    while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  },
  trim: s => s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, ''),
  toString: (s: string) => s,
};

const MAP: Record<string, (m: Record<string, unknown>, ...a: unknown[]) => unknown> = {
  get: (m, k) => (Object.prototype.hasOwnProperty.call(m, str(k)) ? m[str(k)] : undefined),
  containsKey: (m, k) => Object.prototype.hasOwnProperty.call(m, str(k)),
  containsValue: (m, v) => Object.values(m).some(x => javaEquals(x, v)),
  isEmpty: m => Object.keys(m).length === 0,
  size: m => Object.keys(m).length,
  keySet: m => Object.keys(m),
  values: m => Object.values(m),
  put: (m, k, v) => { const old = m[str(k)]; m[str(k)] = v; return old; },
  remove: (m, k) => { const old = m[str(k)]; delete m[str(k)]; return old; },
  toString: (m: Record<string, unknown>) => printNested(m),
  equals: (m, x) => javaEquals(m, x),
};

const LIST: Record<string, (l: unknown[], ...a: unknown[]) => unknown> = {
  get: (l, i) => l[Number(i)],
  size: l => l.length,
  isEmpty: l => l.length === 0,
  contains: (l, x) => l.some(y => javaEquals(y, x)),
  indexOf: (l, x) => l.findIndex(y => javaEquals(y, x)),
  add: (l, x) => { l.push(x); return true; },
  toString: (l: unknown[]) => printNested(l),
  equals: (l, x) => javaEquals(l, x),
};

const NUMBER: Record<string, (n: number, ...a: unknown[]) => unknown> = {
  toString: (n: number) => printNested(n),
  intValue: n => Math.trunc(n),
  longValue: n => Math.trunc(n),
  doubleValue: n => n,
  equals: (n, x) => javaEquals(n, x),
};

/** The Java method `name` of `self`, when templates may call it and JavaScript's would differ. */
export function javaMethod(self: unknown, name: string): Method | undefined {
  const table: Record<string, Method> | undefined = typeof self === 'string' ? STRING as never
    : typeof self === 'number' ? NUMBER as never
      : Array.isArray(self) ? LIST as never
        : isMap(self) && typeof self[name] !== 'function' ? MAP as never
          : undefined;
  return table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
