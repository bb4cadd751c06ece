import * as fs from 'node:fs';
import {
  IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1,
} from 'aws-cdk-lib';
import { checkTemplate } from '../core/cfn/check';
import { RULES } from '../core/rules';

/**
 * The template checker as a CDK policy validation plugin: after synthesis, every template of the
 * cloud assembly (nested stacks included) is judged by this library's rule table — REST methods,
 * v2 integrations and responses, APIs and the OpenAPI definitions they carry — and the findings
 * appear in the CDK validation report (`cdk synth` prints it; `cdk.out/validation-report.json`).
 * Errors fail the synth; warnings are reported without failing it.
 *
 * @example
 * import { App } from 'aws-cdk-lib';
 * import { IntegrationChecksValidationPlugin } from 'cdk-apigateway-integrations';
 *
 * const app = new App({ policyValidationBeta1: [new IntegrationChecksValidationPlugin()] });
 *
 * @see https://docs.aws.amazon.com/cdk/v2/guide/policy-validation-synthesis.html
 */
export class IntegrationChecksValidationPlugin implements IPolicyValidationPluginBeta1 {
  /** The plugin name in the validation report. */
  public readonly name: string = 'cdk-apigateway-integrations';
  /** The rule codes this plugin reports. */
  public readonly ruleIds?: string[] = RULES.map(r => r.code);

  /** Checks every template of the assembly: one violation per rule code and message, naming every resource it applies to. */
  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const byCode = new Map<string, PolicyViolationBeta1 & { violatingResources: PolicyViolationBeta1['violatingResources'][number][] }>();
    for (const templatePath of context.templatePaths) {
      const template: unknown = JSON.parse(fs.readFileSync(templatePath, 'utf8'));
      for (const f of checkTemplate(template)) {
        const key = `${f.code}\n${f.severity}\n${f.message}`;
        let v = byCode.get(key);
        if (!v) {
          const rule = RULES.find(r => r.code === f.code);
          v = {
            ruleName: f.code,
            description: rule?.summary ?? f.code,
            severity: f.severity,
            fix: f.path.includes('paths.') ? `${f.path.replace(/^Properties\.\w+\./, '')}: ${f.message}` : f.message,
            ruleMetadata: rule?.evidence ? { evidence: rule.evidence.says, source: rule.evidence.source } : undefined,
            violatingResources: [],
          };
          byCode.set(key, v);
        }
        v.violatingResources.push({ resourceLogicalId: f.resource, templatePath, locations: [f.path === '' ? 'Resources' : f.path] });
      }
    }
    const violations = [...byCode.values()];
    return { success: !violations.some(v => v.severity === 'error'), violations };
  }
}
