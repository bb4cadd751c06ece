import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';

/**
 * Grants of one service action, the same on every API kind. INTERNAL.
 *
 * Through the target's own grant methods, scoped to the target's ARN and, where the target is
 * encrypted with a customer-managed key, to that key: never `*`.
 */

/**
 * `kinesis:PutRecord` on the stream (the one action the integration calls; `grantWrite` would add
 * `PutRecords`, `ListShards` and more), and what writing needs of the stream's KMS key
 * (`grantEncrypt`: Encrypt, ReEncrypt*, GenerateDataKey*) when it has one.
 */
export function grantPutRecord(stream: kinesis.IStream, grantee: iam.IGrantable): void {
  stream.grant(grantee, 'kinesis:PutRecord');
  stream.encryptionKey?.grantEncrypt(grantee);
}

/** DynamoDB actions that only read items: they need only to decrypt with the table's key. */
const READ_ACTIONS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan']);

/**
 * `dynamodb:<action>` on the table (and its indexes, through `table.grant`), and, for a table
 * encrypted with a customer-managed key, the key's actions DynamoDB needs: `kms:Decrypt` and
 * `kms:DescribeKey` to read, plus `kms:Encrypt`, `kms:ReEncrypt*` and `kms:GenerateDataKey*` to
 * write. They are granted here, not left to whatever key actions `table.grant` adds.
 */
export function grantTableAction(table: dynamodb.ITable, action: string, grantee: iam.IGrantable): void {
  table.grant(grantee, `dynamodb:${action}`);
  const key = table.encryptionKey;
  if (!key) return;
  const read = ['kms:Decrypt', 'kms:DescribeKey'];
  key.grant(grantee, ...(READ_ACTIONS.has(action) ? read : [...read, 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*']));
}
