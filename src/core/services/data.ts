import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ServiceAction } from './types';
import { grantOnObjects } from '../compat';
import { grantTableAction } from '../grants';
import { vtlJsonString } from '../render/template';

/** Amazon DynamoDB and Amazon S3 rows of the service-action table. INTERNAL. */

const DYNAMODB_API = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference';
const S3_API = 'https://docs.aws.amazon.com/AmazonS3/latest/API';

/** A DynamoDB action whose REST template takes `input` (its own fields) from the request body, with the table name. */
function dynamoDbAction(action: string, restInput: string, websocketInput?: string): ServiceAction<dynamodb.ITable> {
  const template = (table: dynamodb.ITable, input: string) => ({ template: `{"TableName": ${vtlJsonString(table.tableName)}, ${input}}` });
  return {
    service: 'dynamodb',
    action,
    docs: `${DYNAMODB_API}/API_${action}.html`,
    // the one action on the table and its indexes, and the key actions it needs of a customer-managed key
    grant: (table, grantee) => grantTableAction(table, action, grantee),
    rest: table => template(table, restInput),
    websocket: websocketInput === undefined ? undefined : table => template(table, websocketInput),
  };
}

export const DYNAMODB_PUT_ITEM = dynamoDbAction('PutItem', '"Item": $input.json(\'$\')', '"Item": $input.json(\'$.item\')');
export const DYNAMODB_GET_ITEM = dynamoDbAction('GetItem', '"Key": $input.json(\'$\')');
export const DYNAMODB_DELETE_ITEM = dynamoDbAction('DeleteItem', '"Key": $input.json(\'$\')');
export const DYNAMODB_UPDATE_ITEM = dynamoDbAction('UpdateItem',
  '"Key": $input.json(\'$.Key\'), "UpdateExpression": $input.json(\'$.UpdateExpression\'), "ExpressionAttributeValues": $input.json(\'$.ExpressionAttributeValues\')');
export const DYNAMODB_QUERY = dynamoDbAction('Query',
  '"KeyConditionExpression": $input.json(\'$.KeyConditionExpression\'), "ExpressionAttributeValues": $input.json(\'$.ExpressionAttributeValues\')');

/**
 * S3 objects (REST path integrations: no template, the object key from the request). Only the one
 * object action and the key action it needs (`grantRead` / `grantPut` would add `s3:List*`,
 * `s3:GetBucket*`, `s3:Abort*`, tagging, retention and legal hold).
 */
export const S3_GET_OBJECT: ServiceAction<s3.IBucket> = {
  service: 's3',
  action: 'GetObject',
  docs: `${S3_API}/API_GetObject.html`,
  grant: (bucket, grantee) => grantOnObjects(bucket, grantee, ['s3:GetObject'], ['kms:Decrypt']),
};

export const S3_PUT_OBJECT: ServiceAction<s3.IBucket> = {
  service: 's3',
  action: 'PutObject',
  docs: `${S3_API}/API_PutObject.html`,
  // PutObject with SSE-KMS needs kms:GenerateDataKey
  grant: (bucket, grantee) => grantOnObjects(bucket, grantee, ['s3:PutObject'], ['kms:GenerateDataKey']),
};
