/**
 * Values as API Gateway's Java Velocity engine holds and prints them.
 *
 * - JSON read from the body (`$input.path`, `$util.parseJson`): objects are Java maps and print
 *   as `{a=1, b=x}`; arrays are JSON arrays and print as compact JSON (`[{"c":5}]`).
 *   (LocalStack's AWS-validated template tests: `$input.path('$')` of `{"a": 1, "b": [{"c": 5}]}`
 *   prints `{a=1, b=[{"c":5}]}`; localstack/localstack, next_gen/execute_api/template_mapping.py.)
 * - Velocity's own lists (`[1, 2]`, `keySet()`) are Java lists and print as `[1, 2]`.
 * - A null or missing reference prints nothing: API Gateway does not echo `$foo` back
 *   (AWS-recorded: `"$input.params().header.get('Content-Type')"` printed `""`,
 *   github.com/yyolk/api-gateway-payload-parse README; LocalStack's APIGW VTL patch).
 */

/** Arrays that came from JSON: they print as JSON, not as Java lists. */
const JSON_ARRAYS = new WeakSet<object>();

/** Marks every array inside a freshly parsed JSON value as a JSON array. */
export function markJson<T>(value: T): T {
  if (Array.isArray(value)) {
    JSON_ARRAYS.add(value);
    value.forEach(markJson);
  } else if (isMap(value)) {
    Object.values(value).forEach(markJson);
  }
  return value;
}

/** Parses JSON text into marked values, or `undefined` when it is not JSON. */
export function parseJsonValue(text: string): unknown {
  try {
    return markJson(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** A plain object used as a Java map. */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Java's `Double.toString` / `Integer.toString` for the numbers templates meet. */
export function javaNumber(n: number): string {
  if (Number.isInteger(n) || !Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) return String(n);
  const [m, e] = n.toExponential().split('e');
  return `${m.includes('.') ? m : `${m}.0`}E${Number(e)}`;
}

/** How a value prints at the top level of the output (null prints nothing). */
export function printTop(v: unknown): string {
  if (v === null || v === undefined) return '';
  return printNested(v);
}

/** How a value prints inside a map or list (Java `toString`). */
export function printNested(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return javaNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (JSON_ARRAYS.has(v)) return JSON.stringify(v);
    return `[${v.map(printNested).join(', ')}]`;
  }
  if (isMap(v)) return `{${Object.entries(v).map(([k, x]) => `${k}=${printNested(x)}`).join(', ')}}`;
  return String(v);
}

/** Velocity 1.7 truth: only null and `false` are false. */
export function truthy(v: unknown): boolean {
  return v !== null && v !== undefined && v !== false;
}

/** Velocity 1.7 `==`: same class compares values; otherwise the `toString`s are compared. */
export function javaEquals(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === typeof b && typeof a !== 'object') return a === b;
  return printNested(a) === printNested(b);
}
