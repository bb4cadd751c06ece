import * as fs from 'node:fs';
import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { definitionFindings, findingsOf, resourceFacts, ResourceFinding } from './check';
import { readDocument } from './documents';
import { l1Graph } from './graph';
import { isCfnOfType, propertyOf } from './l1';
import { protocolKindOf } from './v2';

/**
 * The OpenAPI definitions of an app's APIs: the `Body` of a REST API (`SpecRestApi`, `RestApi`
 * with `apiDefinition`, `CfnRestApi.body`) or of an HTTP API (`CfnApi.body`), inline or from a
 * local asset file (`ApiDefinition.fromAsset`, JSON or YAML), read by the one OpenAPI reader.
 * INTERNAL.
 */

/** A file asset (`s3.Asset`, `ApiDefinition.fromAsset`'s): a construct with a string `s3ObjectKey` and `isFile: true`. */
function fileAssetKey(c: IConstruct): string | undefined {
  const key: unknown = Reflect.get(c, 's3ObjectKey');
  return typeof key === 'string' && Reflect.get(c, 'isFile') === true ? key : undefined;
}

const assetFiles = new WeakMap<IConstruct, Map<string, string>>();

/** The source file of a file asset of the app, by its S3 object key token (the app's assets are found once, on first need). */
function assetFileOf(scope: IConstruct, key: unknown): string | undefined {
  const root = scope.node.root;
  let index = assetFiles.get(root);
  if (!index) {
    index = new Map();
    for (const c of root.node.findAll()) {
      const objectKey = fileAssetKey(c);
      if (objectKey === undefined) continue;
      const stage = c.node.tryFindChild('Stage');
      const sourcePath: unknown = stage ? Reflect.get(stage, 'sourcePath') : undefined;
      if (typeof sourcePath === 'string') index.set(objectKey, sourcePath);
    }
    assetFiles.set(root, index);
  }
  return typeof key === 'string' ? index.get(key) : undefined;
}

/** An API's definition, or why it could not be read (`unreadable`); `undefined` when it has none this reader can see. */
export interface L1Definition {
  readonly definition?: unknown;
  readonly kind: 'REST' | 'HTTP';
  readonly unreadable?: string;
}

/** The definition of a REST API or HTTP API L1: its inline `Body`, or the file of the local asset its `BodyS3Location` names. */
export function definitionOf(node: IConstruct): L1Definition | undefined {
  let kind: 'REST' | 'HTTP' | undefined;
  if (isCfnOfType(node, 'AWS::ApiGateway::RestApi')) kind = 'REST';
  else if (isCfnOfType(node, 'AWS::ApiGatewayV2::Api')) kind = protocolKindOf(node) === 'WEBSOCKET' ? undefined : 'HTTP';
  if (!kind) return undefined;
  const api = node as CfnResource;
  const body = propertyOf(api, 'body', 'Body');
  if (body !== undefined) {
    // a body that is a token as a whole (a lazy value) is resolved; tokens inside it stay unknown values
    return { kind, definition: Token.isUnresolved(body) && typeof body !== 'string' ? Stack.of(api).resolve(body) : body };
  }
  const location = propertyOf(api, 'bodyS3Location', 'BodyS3Location') as { key?: unknown; Key?: unknown } | undefined;
  if (!location || typeof location !== 'object') return undefined;
  const file = assetFileOf(api, location.key ?? location.Key);
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    return { kind, definition: readDocument(file) };
  } catch (e) {
    return { kind, unreadable: `the OpenAPI definition ${file} cannot be parsed (${(e as Error).message.split('\n')[0]})` };
  }
}

/** The findings of an API L1's definition, each naming its operation (`paths./items/{id}.get`). */
export function l1DefinitionFindings(node: IConstruct, d: L1Definition | undefined = definitionOf(node)): ResourceFinding[] {
  if (!d || d.definition === undefined) return [];
  return definitionFindings(d.definition, d.kind, node.node.path, node, '');
}

/** Every finding of one L1 resource: its own facts (method, integration, response, API), then its definition's. */
export function l1Findings(node: CfnResource): ResourceFinding[] {
  const graph = l1Graph(node);
  const facts = resourceFacts(graph, node);
  const own = facts ? findingsOf(facts, node.node.path, node, 'Properties') : [];
  return [...own, ...l1DefinitionFindings(node)];
}
