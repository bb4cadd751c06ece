/**
 * CloudFormation resource-schema check for synthesized templates.
 *
 * Validates each resource's `Properties` against the CloudFormation registry schema of its type
 * (test/fixtures/cfn-schemas, a copy of the schemas cfn-lint ships; see the README there).
 * Types without a schema are skipped. Intrinsics (`{ Ref }`, `{ Fn::* }`) cannot be judged, so
 * errors at or under them are dropped (see {@link compileSchema}).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { ErrorObject } from 'ajv';
import { App } from 'aws-cdk-lib';

/** A CloudFormation template, or any JSON value inside one. */
export type Json = any;

/** Validates a value against a compiled schema; returns the ajv errors that survive the intrinsic filter. */
export type SchemaCheck = (data: unknown) => ErrorObject[];

/** Where the schema files live (copied into the repository; the build must not depend on anything outside it). */
export const SCHEMA_DIR = path.join(__dirname, '..', 'fixtures', 'cfn-schemas');

/**
 * Registry meta-schema keys (provider.definition.schema.v1.json) that are not JSON Schema keywords.
 * They are annotations, so they are added as a no-op vocabulary. A key missing here makes compilation
 * fail (strict mode), which is what we want for anything that might be a validation keyword.
 */
export const REGISTRY_KEYWORDS: readonly string[] = [
  'typeName', 'sourceUrl', 'documentationUrl', 'replacementStrategy', 'taggable', 'tagging', 'handlers', 'remote',
  'resourceLink', 'relationshipRef', 'insertionOrder', 'arrayType', 'propertyTransform', 'primaryIdentifier',
  'additionalIdentifiers', 'createOnlyProperties', 'conditionalCreateOnlyProperties', 'readOnlyProperties',
  'writeOnlyProperties', 'deprecatedProperties', 'nonPublicProperties', 'nonPublicDefinitions',
];

/** cfn-lint's custom `format` names. They need the template context, so they accept any string here. */
export const CFN_LINT_FORMATS: readonly string[] = [
  'json', 'AWS::IAM::Role.Arn', 'AWS::EC2::SecurityGroup.Id', 'AWS::EC2::SecurityGroup.Ids',
  'AWS::EC2::SecurityGroup.GroupId', 'AWS::EC2::SecurityGroup.Name', 'AWS::EC2::SecurityGroup.Names',
];

/** Schema file per CloudFormation type, read once at load (the files are small; compilation is lazy). */
const SCHEMA_FILES: ReadonlyMap<string, string> = new Map(
  fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const schema = readJson(path.join(SCHEMA_DIR, file));
    return [String(schema.typeName), file] as const;
  }),
);

/** The resource types that have a schema; resources of any other type are not checked. */
export const SCHEMA_TYPES: readonly string[] = [...SCHEMA_FILES.keys()].sort();

let ajvInstance: Ajv | undefined;
const loaded = new Map<string, { check: SchemaCheck; readOnly: string[] }>();

/** The shared ajv instance, configured for registry schemas (the four settings in the schema README). */
export function schemaAjv(): Ajv {
  if (!ajvInstance) {
    // strict: unknown keywords/formats are compile errors; strictTypes off: roots have no `type: object`
    // and some properties use union types. allErrors: report everything. verbose: errors carry the data.
    // unicodeRegExp (default true) stays on: IAM patterns use \p{L}.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
    ajv.addVocabulary([...REGISTRY_KEYWORDS]);
    for (const name of CFN_LINT_FORMATS) ajv.addFormat(name, true);
    ajvInstance = ajv;
  }
  return ajvInstance;
}

/**
 * Compiles a schema (its `$schema` is dropped: the registry meta-schema URL cannot be resolved) and
 * returns a check that filters out what intrinsics make undecidable:
 * - errors whose `instancePath` is at or under a single-key `{ Ref }` / `{ Fn::* }` object in the data;
 * - `anyOf`/`oneOf` errors (no branch matched) where some branch fails only because of intrinsics,
 *   together with the branch errors ajv reported for them.
 */
export function compileSchema(schema: Json, id: string): SchemaCheck {
  const copy = { ...schema, $id: id };
  delete copy.$schema;
  const validate = schemaAjv().compile(copy);
  return (data) => (validate(data) ? [] : filterErrors(validate.errors ?? [], data, id));
}

/** The cached check for a CloudFormation type, or undefined if the type has no schema. */
export function schemaCheck(typeName: string): SchemaCheck | undefined {
  return load(typeName)?.check;
}

/** Compiles a type's schema on first use; cached for the process. */
function load(typeName: string): { check: SchemaCheck; readOnly: string[] } | undefined {
  const file = SCHEMA_FILES.get(typeName);
  if (!file) return undefined;
  let entry = loaded.get(typeName);
  if (!entry) {
    const schema = readJson(path.join(SCHEMA_DIR, file));
    const readOnly = ((schema.readOnlyProperties ?? []) as string[])
      .map((p) => p.replace(/^\/properties\//, ''))
      .filter((name) => !name.includes('/'));
    entry = { check: compileSchema(schema, `https://cfn-schemas.test/${file}`), readOnly };
    loaded.set(typeName, entry);
  }
  return entry;
}

/** True for a single-key intrinsic function object: `{ Ref: ... }` or `{ 'Fn::Xxx': ... }`. */
export function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** True if the JSON pointer points at an intrinsic in `data` or into one. */
export function isAtOrUnderIntrinsic(data: unknown, pointer: string): boolean {
  let node: unknown = data;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (isIntrinsic(node)) return true;
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return isIntrinsic(node);
}

function filterErrors(errors: ErrorObject[], data: unknown, id: string): ErrorObject[] {
  const drop = new Set<number>();
  errors.forEach((e, i) => {
    if (isAtOrUnderIntrinsic(data, e.instancePath)) drop.add(i);
  });
  errors.forEach((e, k) => {
    if (drop.has(k) || (e.keyword !== 'anyOf' && e.keyword !== 'oneOf')) return;
    const blockLength = satisfiedUmbrella(e, id);
    if (blockLength === undefined) return;
    drop.add(k);
    // ajv reports the failing branches' errors right before the anyOf/oneOf error, in branch order.
    const start = k - blockLength;
    const under = (p: string) => p === e.instancePath || p.startsWith(`${e.instancePath}/`);
    if (start >= 0 && errors.slice(start, k).every((b) => under(b.instancePath))) {
      for (let j = start; j < k; j++) drop.add(j);
    }
  });
  return errors.filter((_, i) => !drop.has(i));
}

/**
 * For an anyOf/oneOf error where no branch matched: re-validates each branch against the same data.
 * If some branch fails only because of intrinsics, returns how many errors ajv reported for all the
 * branches (the block to drop); otherwise undefined (the error stands).
 */
function satisfiedUmbrella(e: ErrorObject, id: string): number | undefined {
  if (Array.isArray(e.params.passingSchemas) || !Array.isArray(e.schema)) return undefined; // oneOf: several matched
  let blockLength = 0;
  let satisfied = false;
  for (let i = 0; i < e.schema.length; i++) {
    const branch = schemaAjv().getSchema(`${id}${e.schemaPath}/${i}`);
    if (!branch) return undefined;
    const raw = branch(e.data) ? [] : branch.errors ?? [];
    blockLength += raw.length;
    if (filterErrors(raw, e.data, id).length === 0) satisfied = true;
  }
  return satisfied ? blockLength : undefined;
}

/** One line per error: `<LogicalId> (<Type>): <instancePath> <message>`. */
function formatError(logicalId: string, type: string, e: ErrorObject): string {
  let detail = '';
  if (e.keyword === 'additionalProperties') detail = ` '${e.params.additionalProperty}'`;
  else if (e.keyword === 'enum') detail = ` (${(e.params.allowedValues as unknown[]).join(', ')})`;
  if (['type', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'format', 'const'].includes(e.keyword)) {
    const got = JSON.stringify(e.data) ?? String(e.data);
    detail += `, got ${got.length > 80 ? `${got.slice(0, 77)}...` : got}`;
  }
  return `${logicalId} (${type}): ${e.instancePath || '/'} ${e.message}${detail}`;
}

/**
 * Validates every resource whose type has a schema; returns human-readable problems (empty = valid).
 * Besides the schema itself, a property listed in the schema's `readOnlyProperties` is reported.
 */
export function validateTemplate(template: Json): string[] {
  const problems: string[] = [];
  const resources: Record<string, Json> = template?.Resources ?? {};
  for (const [logicalId, resource] of Object.entries(resources)) {
    const type = String(resource?.Type);
    const entry = load(type);
    if (!entry) continue;
    const properties = resource.Properties ?? {};
    problems.push(...entry.check(properties).map((e) => formatError(logicalId, type, e)));
    for (const name of entry.readOnly) {
      if (typeof properties === 'object' && properties !== null && name in properties) {
        problems.push(`${logicalId} (${type}): /${name} is read-only (readOnlyProperties) and cannot be set`);
      }
    }
  }
  return problems;
}

/** Jest helper: the template has no schema problems. */
export function expectSchemaValid(template: Json): void {
  expect(validateTemplate(template)).toEqual([]);
}

/**
 * Synthesizes the app and returns every template by key: top-level stacks by artifact id, stacks of
 * stages by `<assembly dir>/<artifact id>`, nested stacks by their `*.nested.template.json` file path
 * (relative to the assembly directory).
 */
export function synthTemplates(app: App): Record<string, Json> {
  const assembly = app.synth();
  const root = assembly.directory;
  const key = (dir: string, name: string) => path.relative(root, path.join(dir, name)).split(path.sep).join('/');
  const templates: Record<string, Json> = {};
  const dirs = new Set<string>([root]);
  for (const stack of assembly.stacksRecursively) {
    templates[key(stack.assembly.directory, stack.id)] = stack.template;
    dirs.add(stack.assembly.directory);
  }
  for (const dir of dirs) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.nested.template.json')).sort()) {
      templates[key(dir, file)] = readJson(path.join(dir, file));
    }
  }
  return templates;
}

/** Validates several templates (e.g. from {@link synthTemplates}); problems are prefixed with the template key. */
export function validateTemplates(templates: Record<string, Json>): string[] {
  return Object.entries(templates).flatMap(([name, template]) => validateTemplate(template).map((p) => `${name}: ${p}`));
}

/** Jest helper: every template of the app (stacks, stage stacks, nested stacks) is schema-valid. Returns the templates. */
export function expectAppSchemaValid(app: App): Record<string, Json> {
  const templates = synthTemplates(app);
  expect(validateTemplates(templates)).toEqual([]);
  return templates;
}

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf-8'));
}
