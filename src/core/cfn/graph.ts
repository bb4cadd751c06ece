import { CfnResource, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { cfnPropertiesOf, propertyOf, resourcesOfType } from './l1';
import { referenceTarget } from '../values';

/**
 * The one view the readers have of CloudFormation-shaped resources, whoever holds them: the L1
 * constructs of an app (references are CDK tokens) or the `Resources` of a template
 * (references are `Ref` / `Fn::GetAtt` / `Fn::Sub`). The readers in this folder turn a graph's
 * resources into facts; each door only provides the graph. INTERNAL.
 */
export interface CfnGraph {
  /** The CloudFormation type of a resource of the graph, `undefined` for anything else. */
  typeOf(resource: unknown): string | undefined;
  /** The resource's `Properties` in CloudFormation's shape (PascalCase). */
  propertiesOf(resource: object): Record<string, unknown>;
  /** The raw value of a top-level property that may refer to another resource (`RestApiId`, `ApiId`, `Target`). */
  referenceValue(resource: object, property: string): unknown;
  /** The resource a value refers to as a whole (`Ref`, `Fn::GetAtt`, a reference token), if it is in the graph. */
  targetOf(value: unknown): object | undefined;
  /** Every resource of the graph a value mentions (a route `Target` joined from `integrations/` and a `Ref`). */
  targetsIn(value: unknown): object[];
  /** The resources of one CloudFormation type. */
  resourcesOfType(type: string): readonly object[];
  /** A name for the resource in findings: the construct path, or the logical id. */
  nameOf(resource: object): string;
}

/** True when `resource` is a resource of the graph of the given CloudFormation type. */
export function isOfType(graph: CfnGraph, resource: unknown, type: string): resource is object {
  return resource !== undefined && graph.typeOf(resource) === type;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The L1 constructs of one app. */
class L1Graph implements CfnGraph {
  constructor(private readonly root: IConstruct) {}

  typeOf(resource: unknown): string | undefined {
    return resource !== null && typeof resource === 'object' && CfnResource.isCfnResource(resource as IConstruct)
      ? (resource as CfnResource).cfnResourceType : undefined;
  }

  propertiesOf(resource: object): Record<string, unknown> {
    return cfnPropertiesOf(resource as CfnResource);
  }

  referenceValue(resource: object, property: string): unknown {
    return propertyOf(resource as CfnResource, lowerFirst(property), property);
  }

  targetOf(value: unknown): object | undefined {
    const t = referenceTarget(value);
    return this.typeOf(t) ? (t as object) : undefined;
  }

  targetsIn(value: unknown): object[] {
    const found = new Set<object>();
    this.collectTargets(value, found, 0);
    return [...found];
  }

  /** The resources references in `value` point to, also inside intrinsics (`Fn.join`, `Fn.sub`) that hold them. */
  private collectTargets(value: unknown, found: Set<object>, depth: number): void {
    if (depth > 8 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      if (!Token.isUnresolved(value)) return;
      for (const t of Tokenization.reverseString(value).tokens) this.collectTargets(t, found, depth + 1);
    } else if (Array.isArray(value)) {
      for (const v of value) this.collectTargets(v, found, depth + 1);
    } else if (typeof value === 'object') {
      if ('target' in value && this.typeOf((value as { target: unknown }).target) !== undefined) {
        found.add((value as { target: object }).target);
        return;
      }
      if (CfnResource.isCfnResource(value as IConstruct) || !Token.isUnresolved(value)) return; // plain data, or a construct
      // an intrinsic's own arguments (FnJoin's list, Intrinsic's value)
      for (const v of Object.values(value)) this.collectTargets(v, found, depth + 1);
    }
  }

  resourcesOfType(type: string): readonly object[] {
    return resourcesOfType(this.root, type);
  }

  nameOf(resource: object): string {
    return (resource as CfnResource).node.path;
  }
}

const l1Graphs = new WeakMap<IConstruct, L1Graph>();

/** The graph of the app `scope` belongs to (one per app). */
export function l1Graph(scope: IConstruct): CfnGraph {
  const root = scope.node.root;
  let g = l1Graphs.get(root);
  if (!g) {
    g = new L1Graph(root);
    l1Graphs.set(root, g);
  }
  return g;
}
