/**
 * The VTL engine: velocityjs parses, and this subclass of its compiler evaluates with the
 * semantics of API Gateway's Java Velocity (1.7) instead of JavaScript's:
 *
 * - a null or missing reference prints nothing (see values.ts for the evidence);
 * - `#if`, `&&`, `||`, `!`: only null and `false` are false (Velocity 1.7);
 * - `==` compares like Java (`1 == "1"` through `toString`); integer `/` truncates;
 * - `#set($x = <null>)` leaves `$x` unchanged (Velocity 1.7, `directive.set.null.allowed=false`);
 * - `#set` eats the spaces before it on its line (Velocity 1.7's SET_DIRECTIVE token);
 * - values print as Java prints them (maps `{a=1}`, JSON arrays as JSON).
 */
import { Compile, parse } from 'velocityjs';
import { javaMethod } from './methods';
import { javaEquals, printTop, truthy } from './values';

type Ast = ReturnType<typeof parse>[number];
type Node = { type?: string; [k: string]: unknown };

/**
 * A method of velocityjs's `Compile` that its type declarations do not list (the subclass below
 * extends it); a no-op if a velocityjs release drops it (the template tests would then fail).
 */
function inherited(name: 'getAttributes' | 'getLocal'): Function {
  const f: unknown = Reflect.get(Compile.prototype, name);
  return typeof f === 'function' ? f : () => undefined;
}

/** What velocityjs's `getLocal` returns. */
function isLocalResult(r: unknown): r is { value: unknown; isLocal: boolean } {
  return typeof r === 'object' && r !== null && typeof Reflect.get(r, 'isLocal') === 'boolean';
}

const PRECOMPUTED = '__precomputed__';

/** velocityjs's compiler, with API Gateway's (Java) semantics. */
class ApiGatewayCompile extends Compile {
  constructor(asts: Ast[]) {
    super(asts, {
      escape: false,
      customMethodHandlers: [{
        uid: 'java',
        match: ({ context, property }) => javaMethod(context, property) !== undefined,
        resolve: ({ context, property, params }) => (javaMethod(context, property) as (...a: unknown[]) => unknown)(context, ...params),
      }],
    });
  }

  protected getReferences(ast: Ast, isVal?: boolean): string {
    if (!isVal) return super.getReferences(ast, false);
    const value: unknown = super.getReferences({ ...(ast as object), leader: '$!' } as Ast, false);
    return printTop(value);
  }

  /** `$foreach.first` / `$foreach.last` (Velocity 1.7's loop scope), which velocityjs lacks. */
  protected getAttributes(property: Node, baseRef: unknown, ast: Ast): unknown {
    const loop = baseRef as { index?: number; hasNext?: boolean } | undefined;
    if (property.type === 'property' && loop && typeof loop === 'object' && 'hasNext' in loop && 'index' in loop) {
      if (property.id === 'first') return loop.index === 0;
      if (property.id === 'last') return !loop.hasNext;
    }
    return Reflect.apply(inherited('getAttributes'), this, [property, baseRef, ast]);
  }

  /** `$velocityHasNext` (Velocity 1.x's name for `$foreach.hasNext`). */
  protected getLocal(ast: Node): { value: unknown; isLocal: boolean } {
    const base = (a: Node): { value: unknown; isLocal: boolean } => {
      const r: unknown = Reflect.apply(inherited('getLocal'), this, [a]);
      return isLocalResult(r) ? r : { value: undefined, isLocal: false };
    };
    if (ast.id !== 'velocityHasNext') return base(ast);
    const loop = base({ ...ast, id: 'foreach' });
    const value = loop.value;
    return loop.isLocal ? { value: typeof value === 'object' && value !== null ? Reflect.get(value, 'hasNext') : undefined, isLocal: true } : loop;
  }

  protected getLiteral(ast: Ast): string {
    const n = ast as Node;
    if (n.type === PRECOMPUTED) return n.value as string;
    return super.getLiteral(ast);
  }

  protected getExpression(ast: Ast): string {
    const n = ast as Node;
    if (n.type !== 'math') return super.getExpression(ast);
    const [l, r] = n.expression as Ast[];
    const get = (x: Ast): unknown => this.getExpression(x);
    switch (n.operator) {
      case '==': return javaEquals(get(l), get(r)) as never;
      case '!=': return !javaEquals(get(l), get(r)) as never;
      case '&&': return (truthy(get(l)) && truthy(get(r))) as never;
      case '||': return (truthy(get(l)) || truthy(get(r))) as never;
      case 'not': return !truthy(get(l)) as never;
      case '/': {
        const a = get(l);
        const b = get(r);
        if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return (b === 0 ? undefined : (a as number) / (b as number)) as never;
        return (Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b) as never;
      }
      default: return super.getExpression(ast);
    }
  }

  protected setValue(ast: Parameters<Compile['setValue']>[0]): void {
    const right = ast.equal[1] as Ast;
    const value: unknown = (right as Node).type === 'math' ? this.getExpression(right) : this.getLiteral(right);
    if (value === null || value === undefined) return;
    super.setValue({ ...ast, equal: [ast.equal[0], { type: PRECOMPUTED, value } as never] });
  }

  /** `#if` / `#elseif` / `#else` with Velocity 1.7 truth. */
  protected getBlockIf(block: Ast[]): string {
    let received = false;
    const body: Ast[] = [];
    for (const ast of block) {
      const type = (ast as Node).type;
      const conditional = type === 'if' || type === 'elseif';
      if (!conditional && type !== 'else') {
        if (received) body.push(ast);
        continue;
      }
      if (received) break;
      received = conditional ? truthy(this.getExpression((ast as Node).condition as Ast)) : true;
    }
    return this.renderAstList(body, this.contextId);
  }
}

/** Velocity 1.7 eats the spaces and tabs before `#set` on its line. */
function gobbleBeforeSet(list: unknown[]): unknown[] {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (Array.isArray(item)) list[i] = gobbleBeforeSet(item);
    else if ((item as Node)?.type === 'set' && i > 0 && typeof list[i - 1] === 'string') list[i - 1] = (list[i - 1] as string).replace(/[ \t]+$/, '');
  }
  return list;
}

/** A parsed template, or the syntax error that stopped the parse. */
export type Parsed = { readonly asts: Ast[]; readonly error?: undefined } | { readonly asts?: undefined; readonly error: unknown };

const CACHE = new Map<string, Parsed>();

/** Parses a template once (cached): velocityjs's AST with Velocity 1.7 whitespace, or the parser's error. */
export function parseTemplate(template: string): Parsed {
  let parsed = CACHE.get(template);
  if (!parsed) {
    try {
      parsed = { asts: gobbleBeforeSet(parse(template) as unknown[]) as Ast[] };
    } catch (error) {
      parsed = { error };
    }
    if (CACHE.size >= 1000) CACHE.delete(CACHE.keys().next().value as string);
    CACHE.set(template, parsed);
  }
  return parsed;
}

/** Renders a template that parses against the template variables (mutated: `#set` writes to them). */
export function renderTemplate(template: string, variables: Record<string, unknown>): string {
  const parsed = parseTemplate(template);
  if (!parsed.asts) throw parsed.error;
  return new ApiGatewayCompile(parsed.asts).render(variables, {}, true);
}
