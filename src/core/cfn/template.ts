import { CfnGraph } from './graph';

/** A CloudFormation template's `Resources` as a graph: references are `Ref`, `Fn::GetAtt` and `Fn::Sub`. INTERNAL. */

type Json = Record<string, unknown>;

/** One resource of a template. */
export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Json;
}

const SUB_REFERENCE = /\$\{(?!!)([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g;

export class TemplateGraph implements CfnGraph {
  /** The template's resources by logical id. */
  public readonly resources = new Map<string, TemplateResource>();
  private readonly byType = new Map<string, TemplateResource[]>();
  private readonly owned = new WeakSet<object>();

  constructor(template: unknown) {
    const resources = template !== null && typeof template === 'object' ? (template as Json).Resources : undefined;
    if (resources === null || typeof resources !== 'object') return;
    for (const [logicalId, r] of Object.entries(resources as Json)) {
      if (r === null || typeof r !== 'object') continue;
      const raw = r as Json;
      if (typeof raw.Type !== 'string') continue;
      const props = raw.Properties !== null && typeof raw.Properties === 'object' && !Array.isArray(raw.Properties) ? raw.Properties as Json : {};
      const resource: TemplateResource = { logicalId, type: raw.Type, properties: props };
      this.resources.set(logicalId, resource);
      this.owned.add(resource);
      const list = this.byType.get(raw.Type);
      if (list) list.push(resource);
      else this.byType.set(raw.Type, [resource]);
    }
  }

  typeOf(resource: unknown): string | undefined {
    return resource !== null && typeof resource === 'object' && this.owned.has(resource) ? (resource as TemplateResource).type : undefined;
  }

  propertiesOf(resource: object): Json {
    return (resource as TemplateResource).properties;
  }

  referenceValue(resource: object, property: string): unknown {
    return (resource as TemplateResource).properties[property];
  }

  targetOf(value: unknown): object | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const o = value as Json;
    const keys = Object.keys(o);
    if (keys.length !== 1) return undefined;
    if (typeof o.Ref === 'string') return this.resources.get(o.Ref);
    const getAtt = o['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return this.resources.get(getAtt[0]);
    if (typeof getAtt === 'string') return this.resources.get(getAtt.split('.')[0]);
    return undefined;
  }

  targetsIn(value: unknown): object[] {
    const found: object[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) {
        v.forEach(visit);
      } else if (v !== null && typeof v === 'object') {
        const direct = this.targetOf(v);
        if (direct) {
          found.push(direct);
          return;
        }
        const o = v as Json;
        const sub = o['Fn::Sub'];
        const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
        if (text !== undefined) {
          for (const m of text.matchAll(SUB_REFERENCE)) {
            const r = this.resources.get(m[1]);
            if (r) found.push(r);
          }
          if (Array.isArray(sub)) visit(sub[1]);
          return;
        }
        Object.values(o).forEach(visit);
      }
    };
    visit(value);
    return found;
  }

  resourcesOfType(type: string): readonly object[] {
    return this.byType.get(type) ?? [];
  }

  nameOf(resource: object): string {
    return (resource as TemplateResource).logicalId;
  }
}
