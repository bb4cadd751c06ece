import { Annotations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { definitionOf, l1DefinitionFindings } from '../core/cfn/l1-definitions';
import { warningId } from '../core/validate';

/**
 * The aspect's door to OpenAPI definitions: each finding of an API's definition becomes an
 * annotation on the API's L1 resource that names the operation:
 * `[TimeoutOutOfRange] paths./items/{id}.get: …`. INTERNAL.
 */
export function checkDefinition(node: IConstruct): void {
  const d = definitionOf(node);
  if (d?.unreadable) {
    Annotations.of(node).addWarningV2(warningId('DefinitionUnreadable'), `[DefinitionUnreadable] ${d.unreadable}: its integrations are not checked`);
    return;
  }
  for (const f of l1DefinitionFindings(node, d)) {
    const text = `[${f.code}] ${f.path}: ${f.message}`;
    if (f.severity === 'error') Annotations.of(node).addError(text);
    else Annotations.of(node).addWarningV2(warningId(f.code), text);
  }
}
