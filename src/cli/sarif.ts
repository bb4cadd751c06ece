import * as path from 'node:path';
import { FileReport } from './inputs';
import { RULES } from '../core/rules';

/**
 * SARIF 2.1.0 output, as GitHub code scanning reads it: one `reportingDescriptor` per rule code
 * (with its summary and the AWS page that backs it), one result per finding, located at the line
 * of the resource (or OpenAPI path) in the file.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * @see https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 * INTERNAL.
 */

const README = 'https://github.com/cdk-apigateway-integrations/cdk-apigateway-integrations#rules';

function ruleDescriptors(): { index: Map<string, number>; rules: object[] } {
  const index = new Map<string, number>();
  const rules = RULES.map((r, i) => {
    index.set(r.code, i);
    const evidence = r.evidence ? `\n\nEvidence: ${r.evidence.says} (${r.evidence.source})` : '';
    return {
      id: r.code,
      name: r.code,
      shortDescription: { text: r.summary },
      fullDescription: { text: `${r.summary}. Constraints: ${r.catalogue.join(', ')}.` },
      // the evidence's first source (a source may list several, with notes after each URL)
      helpUri: /^https:\/\/\S+/.exec(r.evidence?.source ?? '')?.[0]?.replace(/[;,]$/, '') ?? README,
      help: { text: `${r.summary}${evidence}`, markdown: `**${r.code}**: ${r.summary}${evidence}\n\nSee [the rule table](${README}).` },
      defaultConfiguration: { level: r.severity },
      properties: { tags: ['apigateway', ...r.appliesTo.map(k => k.toLowerCase())] },
    };
  });
  return { index, rules };
}

/** The 1-based line where `needle` first appears in `text` (as a JSON key or a YAML key), 1 when it does not. */
function lineOf(text: string, needle: string): number {
  if (needle === '') return 1;
  for (const candidate of [`"${needle}"`, `${needle}:`, `'${needle}'`]) {
    const at = text.indexOf(candidate);
    if (at >= 0) return text.slice(0, at).split('\n').length;
  }
  return 1;
}

/** The path of an OpenAPI operation's route in a finding path (`…paths./items/{id}.get` -> `/items/{id}`). */
function routeOf(findingPath: string): string | undefined {
  const m = /paths\.(\/.*)\.[^.]+$/.exec(findingPath);
  return m ? m[1] : undefined;
}

function uriOf(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return rel.split(path.sep).join('/');
}

export function renderSarif(reports: readonly FileReport[], version: string): string {
  const { index, rules } = ruleDescriptors();
  const results = reports.flatMap(r => r.findings.map(f => {
    const route = routeOf(f.path);
    const resourceLine = lineOf(r.text, f.resource);
    const routeAt = route ? r.text.indexOf(route, f.resource ? r.text.indexOf(f.resource) : 0) : -1;
    const line = routeAt >= 0 ? r.text.slice(0, routeAt).split('\n').length : resourceLine;
    const name = [f.resource, f.path].filter(x => x !== '').join('.');
    return {
      ruleId: f.code,
      ruleIndex: index.get(f.code) ?? -1,
      level: f.severity,
      message: { text: `${name ? `${name}: ` : ''}${f.message}` },
      locations: [{
        physicalLocation: { artifactLocation: { uri: uriOf(r.file) }, region: { startLine: line } },
        ...(name ? { logicalLocations: [{ name: f.resource || f.path, fullyQualifiedName: name, kind: 'resource' }] } : {}),
      }],
      partialFingerprints: { resourcePathCode: `${name}/${f.code}` },
    };
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'cdk-apigateway-integrations', informationUri: README, version, rules } },
      results,
    }],
  };
  return `${JSON.stringify(log, undefined, 2)}\n`;
}
