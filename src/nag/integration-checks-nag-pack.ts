import { CfnResource } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagPackProps, NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { ResourceFinding } from '../core/cfn/check';
import { l1Findings } from '../core/cfn/l1-definitions';
import { RULES } from '../core/rules';

const SUMMARIES = new Map(RULES.map(r => [r.code, r]));

/**
 * This library's rule table as a cdk-nag `NagPack`, for teams that already run cdk-nag: the same
 * rules as `IntegrationChecks`, over every REST method, v2 integration, integration response,
 * API and OpenAPI definition of the app.
 *
 * Rule ids are `IntegrationChecks-<RuleCode>` (cdk-nag prefixes every rule id with its pack
 * name), so a finding is acknowledged the way cdk-nag 3 acknowledges any rule:
 * `Validations.of(construct).acknowledge({ id: 'IntegrationChecks-TimeoutOutOfRange', reason: '…' })`.
 * Errors are cdk-nag errors, warnings cdk-nag warnings.
 *
 * @example
 * import { App, Validations } from 'aws-cdk-lib';
 * import { IntegrationChecksNagPack } from 'cdk-apigateway-integrations';
 *
 * const app = new App();
 * // ... stacks with REST, HTTP and WebSocket APIs ...
 * Validations.of(app).addPlugins(new IntegrationChecksNagPack(app));
 *
 * @see https://github.com/cdklabs/cdk-nag/blob/main/docs/NagPack.md
 * @see https://docs.aws.amazon.com/prescriptive-guidance/latest/patterns/check-aws-cdk-applications-or-cloudformation-templates-for-best-practices-by-using-cdk-nag-rule-packs.html
 */
export class IntegrationChecksNagPack extends NagPack {
  /** The plugin name in the CDK validation report. */
  public readonly name: string = 'cdk-apigateway-integrations';

  /**
   * @param scope the app (or any scope) whose resources are checked; needed only with `writeSuppressionsToCloudFormation`
   * @param props cdk-nag's pack options (verbose explanations, suppressions in the template)
   */
  constructor(scope?: IConstruct, props?: NagPackProps) {
    super(scope, props);
    this.packName = 'IntegrationChecks';
  }

  protected checkResource(node: CfnResource): void {
    const byCode = new Map<string, ResourceFinding[]>();
    for (const f of l1Findings(node)) {
      const list = byCode.get(f.code);
      if (list) list.push(f);
      else byCode.set(f.code, [f]);
    }
    for (const [code, findings] of byCode) {
      const rule = SUMMARIES.get(code);
      const evidence = rule?.evidence ? ` ${rule.evidence.says} (${rule.evidence.source})` : '';
      this.applyRule({
        ruleSuffixOverride: code,
        info: findings.map(f => `${f.path && f.path !== 'Properties' ? `${f.path}: ` : ''}${f.message}`).join(' | '),
        explanation: `${rule?.summary ?? code}.${evidence}`,
        level: findings[0].severity === 'error' ? NagMessageLevel.ERROR : NagMessageLevel.WARN,
        node,
        rule: () => NagRuleCompliance.NON_COMPLIANT,
      });
    }
  }
}
