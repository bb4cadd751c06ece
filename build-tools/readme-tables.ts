import * as fs from 'fs';
import * as path from 'path';
import { API_KINDS } from '../src/core/facts';
import { LIMITS } from '../src/core/limits';
import { RULES } from '../src/core/rules';

/**
 * The README's rule and limits tables, generated from the one rule table and the one limits
 * table in src/core, so they cannot drift: `npx projen readme:tables` rewrites them and
 * test/readme.test.ts fails when the README differs.
 */

const KIND_LABEL: Record<string, string> = { REST: 'REST', HTTP: 'HTTP', WEBSOCKET: 'WebSocket' };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The evidence cell: what the service says (or what breaks), and links to where. */
function evidenceCell(says: string | undefined, source: string | undefined): string {
  if (!says) return '';
  const links = (source ?? '').split('; ').map(s => s.trim()).filter(s => s.startsWith('https://')).map((u, i) => `[${i + 1}](${u.split(' ')[0]})`);
  return `${cell(says)} ${links.join(' ')}`.trim();
}

/** The rule's code, linked to the AWS documentation page of its constraint (a code two kinds share links both). */
function codeCell(code: string, docs: string): string {
  const [first, ...more] = docs.split('; ');
  return [`[\`${code}\`](${first})`, ...more.map((u, i) => `[${i + 2}](${u})`)].join(' ');
}

export function rulesTable(): string {
  const rows = RULES.map(r => `| ${codeCell(r.code, r.docs)} | ${r.severity} | ${r.appliesTo.map(k => KIND_LABEL[k]).join(', ')} | ${cell(r.summary)} | ${evidenceCell(r.evidence?.says, r.evidence?.source)} | ${r.catalogue.join(', ')} |`);
  return ['| Rule | Severity | APIs | What it checks | Evidence (the service\'s words, or what breaks) | Catalogue |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function fmt(value: number, unit: string): string {
  if (unit === 'ms') return value >= 1000 ? `${value.toLocaleString('en-US')} ms (${value / 1000} s)` : `${value} ms`;
  if (unit === 'bytes') return value % 1024 === 0 ? `${value / 1024} KB` : `${value} bytes`;
  if (unit === 'port') return String(value);
  return `${value.toLocaleString('en-US')}${unit === 'characters' ? ' characters' : ''}`;
}

export function limitsTable(): string {
  const rows: string[] = [];
  for (const kind of API_KINDS) {
    for (const l of Object.values(LIMITS[kind])) {
      rows.push(`| ${KIND_LABEL[kind]} | ${l.what} | ${fmt(l.value, l.unit)} | ${l.catalogue.join(', ')} |`);
    }
  }
  return ['| API | Limit | Value | Catalogue |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README has no ${start} … ${end} section`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

export function renderReadme(text: string): string {
  return replaceSection(replaceSection(text, 'rules', rulesTable()), 'limits', limitsTable());
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'README.md');
  fs.writeFileSync(file, renderReadme(fs.readFileSync(file, 'utf8')));
}
