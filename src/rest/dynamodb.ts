import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { rowDefaults, serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { ServiceAction } from '../core/services';
import { bindAction } from '../core/services/bound';
import { DYNAMODB_DELETE_ITEM, DYNAMODB_GET_ITEM, DYNAMODB_PUT_ITEM, DYNAMODB_QUERY, DYNAMODB_UPDATE_ITEM } from '../core/services/data';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';

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
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-aws-proxy.html
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB.html
 */
export class RestApiDynamoDbIntegration extends RestApiAwsIntegration {
  /** `PutItem`: the body is the item (`{"id": {"S": "1"}, …}`). */
  public static putItem(table: dynamodb.ITable, options: RestApiServiceIntegrationOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.putItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, DYNAMODB_PUT_ITEM, options);
  }

  /** `GetItem`: the body is the key (`{"id": {"S": "1"}}`); the response is DynamoDB's (`{"Item": …}`). */
  public static getItem(table: dynamodb.ITable, options: RestApiServiceIntegrationOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.getItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, DYNAMODB_GET_ITEM, options);
  }

  /** `DeleteItem`: the body is the key. */
  public static deleteItem(table: dynamodb.ITable, options: RestApiServiceIntegrationOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.deleteItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, DYNAMODB_DELETE_ITEM, options);
  }

  /** `UpdateItem`: the body has `Key`, `UpdateExpression` and `ExpressionAttributeValues`. */
  public static updateItem(table: dynamodb.ITable, options: RestApiServiceIntegrationOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.updateItem', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, DYNAMODB_UPDATE_ITEM, options);
  }

  /** `Query`: the body has `KeyConditionExpression` and `ExpressionAttributeValues`. */
  public static query(table: dynamodb.ITable, options: RestApiServiceIntegrationOptions = {}): RestApiDynamoDbIntegration {
    checkArgs('RestApiDynamoDbIntegration.query', 'RestApiDynamoDbIntegration', [['table', table, R.table], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiDynamoDbIntegration.action(table, DYNAMODB_QUERY, options);
  }

  private static action(
    table: dynamodb.ITable, row: ServiceAction<dynamodb.ITable>, options: RestApiServiceIntegrationOptions,
  ): RestApiDynamoDbIntegration {
    const defaults = rowDefaults(row.rest!(table, {}), AwsServiceUri.action(row.service, row.action));
    return bindAction(new RestApiDynamoDbIntegration(serviceProps(defaults, options)), row, table);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
