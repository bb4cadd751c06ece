/**
 * The JSONPath subset API Gateway documents for `$input.path` / `$input.json`, evaluated as
 * Jayway JsonPath does: a definite path (names and indexes only) gives one value or nothing;
 * an indefinite path (`*`, `..`, slices, unions, filters) gives a list of every match.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import { isMap, markJson } from './values';

type Step =
  | { kind: 'name'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; start?: number; end?: number }
  | { kind: 'wildcard' }
  | { kind: 'descend'; then: Step }
  | { kind: 'filter'; expr: string };

/** The result of a path: `undefined` when nothing matches a definite path. */
export function evaluatePath(root: unknown, path: string): unknown {
  const steps = parse(path);
  if (steps === undefined) return undefined;
  const definite = steps.every(s => (s.kind === 'name' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1));
  let current: unknown[] = [root];
  for (const step of steps) current = current.flatMap(v => apply(step, v));
  if (definite) return current[0];
  return markJson(current);
}

function apply(step: Step, v: unknown): unknown[] {
  switch (step.kind) {
    case 'name':
      return isMap(v) ? step.names.filter(n => n in v).map(n => v[n]) : [];
    case 'index':
      if (!Array.isArray(v)) return [];
      return step.indexes.map(i => (i < 0 ? v.length + i : i)).filter(i => i >= 0 && i < v.length).map(i => v[i]);
    case 'slice': {
      if (!Array.isArray(v)) return [];
      const norm = (i: number | undefined, d: number) => (i === undefined ? d : i < 0 ? Math.max(0, v.length + i) : Math.min(i, v.length));
      return v.slice(norm(step.start, 0), norm(step.end, v.length));
    }
    case 'wildcard':
      return Array.isArray(v) ? v : isMap(v) ? Object.values(v) : [];
    case 'descend':
      return descendants(v).flatMap(d => apply(step.then, d));
    case 'filter': {
      const items = Array.isArray(v) ? v : isMap(v) ? [v] : [];
      return items.filter(item => filterMatches(step.expr, item));
    }
  }
}

function descendants(v: unknown): unknown[] {
  const children = Array.isArray(v) ? v : isMap(v) ? Object.values(v) : [];
  return [v, ...children.flatMap(descendants)];
}

/** `@.a`, `@.a == 'x'`, `@.n > 2` (one comparison): enough for the filters templates use. */
function filterMatches(expr: string, item: unknown): boolean {
  const m = /^\s*@((?:\.[\w-]+|\['[^']*'\])*)\s*(?:(==|!=|<=|>=|<|>)\s*(.+?))?\s*$/.exec(expr);
  if (!m) return false;
  const value = m[1] ? evaluatePath(item, `$${m[1]}`) : item;
  if (!m[2]) return value !== undefined;
  const raw = m[3].trim();
  const right: unknown = /^'.*'$|^".*"$/.test(raw) ? raw.slice(1, -1) : raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw);
  switch (m[2]) {
    case '==': return value === right;
    case '!=': return value !== right;
    case '<': return (value as number) < (right as number);
    case '>': return (value as number) > (right as number);
    case '<=': return (value as number) <= (right as number);
    default: return (value as number) >= (right as number);
  }
}

function parse(path: string): Step[] | undefined {
  let p = path.trim();
  if (p.startsWith('$')) p = p.slice(1);
  else if (p !== '' && !p.startsWith('.') && !p.startsWith('[')) p = `.${p}`;
  const steps: Step[] = [];
  let i = 0;
  while (i < p.length) {
    if (p.startsWith('..', i)) {
      i += 2;
      const next = p[i] === '[' ? bracket() : dotName();
      if (!next) return undefined;
      steps.push({ kind: 'descend', then: next });
    } else if (p[i] === '.') {
      i += 1;
      const next = dotName();
      if (!next) return undefined;
      steps.push(next);
    } else if (p[i] === '[') {
      const next = bracket();
      if (!next) return undefined;
      steps.push(next);
    } else {
      return undefined;
    }
  }
  return steps;

  function dotName(): Step | undefined {
    if (p[i] === '*') { i += 1; return { kind: 'wildcard' }; }
    const m = /^[^.[\]]+/.exec(p.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return { kind: 'name', names: [m[0]] };
  }

  function bracket(): Step | undefined {
    const close = findClose(p, i);
    if (close < 0) return undefined;
    const inner = p.slice(i + 1, close).trim();
    i = close + 1;
    if (inner === '*') return { kind: 'wildcard' };
    if (inner.startsWith('?(') && inner.endsWith(')')) return { kind: 'filter', expr: inner.slice(2, -1) };
    const slice = /^(-?\d*)\s*:\s*(-?\d*)$/.exec(inner);
    if (slice) return { kind: 'slice', start: slice[1] ? Number(slice[1]) : undefined, end: slice[2] ? Number(slice[2]) : undefined };
    const parts = inner.split(',').map(s => s.trim());
    if (parts.every(s => /^-?\d+$/.test(s))) return { kind: 'index', indexes: parts.map(Number) };
    if (parts.every(s => /^'.*'$|^".*"$/.test(s))) return { kind: 'name', names: parts.map(s => s.slice(1, -1)) };
    return undefined;
  }
}

function findClose(p: string, open: number): number {
  let quote = '';
  let depth = 0;
  for (let j = open; j < p.length; j++) {
    const c = p[j];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === "'" || c === '"') {quote = c;} else if (c === '[' || c === '(') {depth++;} else if (c === ']' || c === ')') { depth--; if (depth === 0) return j; }
  }
  return -1;
}
