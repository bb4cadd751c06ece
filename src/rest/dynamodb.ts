import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { grantTableAction } from '../core/grants';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

/**
 * REST API integrations with Amazon DynamoDB. Each action's default request template takes the
 * action's own input (DynamoDB JSON) from the request body and adds the table name; the created
 * role is allowed only that action on the table (and its indexes), through `table.grant(role, action)`,
 * and, for a table encrypted with a customer-managed key, the key actions that action needs.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
 * import { RestApiDynamoDbIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const table: dynamodb.ITable;
 * const items = api.root.addResource('items');
 * items.addMethod('PUT', RestApiDynamoDbIntegration.putItem(table));
 * items.addMethod('POST', RestApiDynamoDbIntegration.getItem(table));
 */
export class RestApiDynamoDbIntegration extends RestApiAwsIntegration {
  /** `PutItem`: the body is the item (`{"id": {"S": "1"}, …}`). */
  public static putItem(table: dynamodb.ITable, options: RestApiAwsServiceOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.putItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, 'PutItem', '"Item": $input.json(\'$\')', options);
  }

  /** `GetItem`: the body is the key (`{"id": {"S": "1"}}`); the response is DynamoDB's (`{"Item": …}`). */
  public static getItem(table: dynamodb.ITable, options: RestApiAwsServiceOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.getItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, 'GetItem', '"Key": $input.json(\'$\')', options);
  }

  /** `DeleteItem`: the body is the key. */
  public static deleteItem(table: dynamodb.ITable, options: RestApiAwsServiceOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.deleteItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, 'DeleteItem', '"Key": $input.json(\'$\')', options);
  }

  /** `UpdateItem`: the body has `Key`, `UpdateExpression` and `ExpressionAttributeValues`. */
  public static updateItem(table: dynamodb.ITable, options: RestApiAwsServiceOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.updateItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, 'UpdateItem',
      '"Key": $input.json(\'$.Key\'), "UpdateExpression": $input.json(\'$.UpdateExpression\'), "ExpressionAttributeValues": $input.json(\'$.ExpressionAttributeValues\')', options);
  }

  /** `Query`: the body has `KeyConditionExpression` and `ExpressionAttributeValues`. */
  public static query(table: dynamodb.ITable, options: RestApiAwsServiceOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.query', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, 'Query',
      '"KeyConditionExpression": $input.json(\'$.KeyConditionExpression\'), "ExpressionAttributeValues": $input.json(\'$.ExpressionAttributeValues\')', options);
  }

  private static action(table: dynamodb.ITable, action: string, input: string, options: RestApiAwsServiceOptions): RestApiDynamoDbIntegration {
    return withGrant(new RestApiDynamoDbIntegration(serviceProps({
      uri: AwsServiceUri.action('dynamodb', action),
      requestTemplate: `{"TableName": ${vtlJsonString(table.tableName)}, ${input}}`,
    }, options)), role => grantTableAction(table, action, role));
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
