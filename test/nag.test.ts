// cdk-nag's AwsSolutions pack over the example app: no unacknowledged error on a resource our constructs
// create; what remains belongs to the example's own choices and to aws-cdk-lib, listed in the snapshot.
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { IConstruct, Node } from 'constructs';
import { ExampleStack } from './example/stack';

const SRC = `${path.join(__dirname, '..', 'src')}${path.sep}`;

/**
 * Builds the example app and records which constructs the library created: a construct is ours when a
 * frame of src/ is on the stack while it is added to the tree (the integrations' roles, policies,
 * permissions and v2 integrations, the patch constructs and everything they create). Constructs
 * aws-cdk-lib makes for the app's own calls (RestApi, Method, routes, stages) have no such frame.
 */
function exampleApp(): { app: App; stack: ExampleStack; ours: Set<string> } {
  const ours = new Set<string>();
  // Node.addChild (private in the typings) is where every construct joins the tree
  const proto = Node.prototype as unknown as { addChild(child: IConstruct, childName: string): void };
  const addChild = proto.addChild;
  proto.addChild = function (this: Node, child: IConstruct, childName: string) {
    addChild.call(this, child, childName);
    if ((new Error().stack ?? '').includes(SRC)) ours.add(this.path ? `${this.path}/${childName}` : childName);
  };
  try {
    const app = new App();
    const stack = new ExampleStack(app, 'Example');
    return { app, stack, ours };
  } finally {
    proto.addChild = addChild;
  }
}

/**
 * What the library acknowledges because it is inherent, not a choice. Each one names the finding, where
 * it is, and why no construct of ours can avoid it. (Acknowledged here, not in src: the library does not
 * write compliance acknowledgments into its users' apps.)
 */
function acknowledgeInherent(stack: ExampleStack): void {
  // RestApiS3Integration's role: the object key comes from the request ({key}), so the role needs every object of
  // the bucket. It is granted only s3:GetObject / s3:PutObject on `bucket/*`, never a bucket-wide or wildcard action.
  const files = stack.node.findChild('Rest').node.findChild('Api').node.findChild('Default').node.findChild('files').node.findChild('{key}');
  Validations.of(files).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::<RestBucket209FD4B3.Arn>/*]',
    reason: 'GET/PUT /files/{key} serves any object of the bucket by design; the role has only s3:GetObject / s3:PutObject on the objects',
  });
}

interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly path: string;
}

function findings(app: App): Finding[] {
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, severity: v.severity ?? '', path: r.constructPath ?? '' })));
}

/** The finding's resource is ours when its path, or a parent's, was added by the library. */
function isOurs(ours: Set<string>, p: string): boolean {
  const parts = p.split('/');
  return parts.some((_, i) => ours.has(parts.slice(0, i + 1).join('/')));
}

describe('cdk-nag AwsSolutions over the example app', () => {
  const { app, stack, ours } = exampleApp();
  acknowledgeInherent(stack);
  const all = findings(app);

  test('the library\'s own constructs are recognized (roles, policies, permissions, v2 integrations, patches)', () => {
    const created = [...ours];
    for (const pattern of [/\/CredentialsRole$/, /\/InvokeRole$/, /\/IntegrationRole$/, /\/InvokePermission[0-9a-f]+$/, /^Example\/Patch\/LegacyOrders$/, /WebSocket\/Api\/send-Route\/[^/]+$/]) {
      expect(created.filter((p) => pattern.test(p)).length).toBeGreaterThan(0);
    }
    // and aws-cdk-lib's own constructs made for the app's calls are not
    expect(ours.has('Example/Rest/Api/Default/items/GET')).toBe(false);
    expect(ours.has('Example/Http/Api/GET--lambda')).toBe(false);
  });

  test('no error on a resource our constructs create', () => {
    const errors = all.filter((f) => f.severity === 'error' && isOurs(ours, f.path));
    expect(errors).toEqual([]);
  });

  test('no warning on a resource our constructs create either', () => {
    expect(all.filter((f) => f.severity !== 'error' && isOurs(ours, f.path))).toEqual([]);
  });

  test('what remains is the example\'s choices and aws-cdk-lib\'s (no authorizer, no access logs, runtime, DLQs, …)', () => {
    const remaining = all.filter((f) => !isOurs(ours, f.path));
    const byRule: Record<string, number> = {};
    for (const f of remaining) {
      const rule = `${f.severity} ${f.rule.replace(/\[.*$/, '')}`;
      byRule[rule] = (byRule[rule] ?? 0) + 1;
    }
    expect(byRule).toMatchSnapshot();
    expect(remaining.map((f) => `${f.severity} ${f.rule} ${f.path}`).sort()).toMatchSnapshot();
  });
});
