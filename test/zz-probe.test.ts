import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ExampleStack } from './example/stack';
test('probe', () => {
  const app = new App();
  new ExampleStack(app, 'Example');
  const report = new AwsSolutionsChecks(app).validateScope(app);
  const lines: string[] = [];
  for (const v of report.violations) for (const r of v.violatingResources) lines.push(`${v.severity} ${v.ruleName} ${r.constructPath} :: ${v.description.slice(0, 70)}`);
  console.log(report.success + '\n' + lines.join('\n'));
});
