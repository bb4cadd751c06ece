import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceIntegrationOptions } from './options';
import { serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { DYNAMODB_PUT_ITEM } from '../core/services/data';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';

/**
 * Writes WebSocket messages to a DynamoDB table.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
 * import { WebSocketApiDynamoDbIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const table: dynamodb.ITable;
 * api.addRoute('save', { integration: WebSocketApiDynamoDbIntegration.putItem('PutItem', table) });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
 */
export class WebSocketApiDynamoDbIntegration extends WebSocketApiAwsIntegration {
  /**
   * `PutItem`: the default template writes the message's `item` field, in DynamoDB JSON
   * (`{"action": "save", "item": {"pk": {"S": "1"}}}`). The role is granted only
   * `dynamodb:PutItem` on the table (and the write actions of its customer-managed KMS key, if any).
   */
  public static putItem(id: string, table: dynamodb.ITable, options: WebSocketApiServiceIntegrationOptions = {}): WebSocketApiDynamoDbIntegration {
    checkArgs('WebSocketApiDynamoDbIntegration.putItem', 'WebSocketApiDynamoDbIntegration', [['id', id, str], ['table', table, R.table], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = DYNAMODB_PUT_ITEM.websocket!(table, {}).template;
    return bindAction(new WebSocketApiDynamoDbIntegration(id, table, serviceDefaults(options, template)), DYNAMODB_PUT_ITEM, table);
  }

  private constructor(id: string, table: dynamodb.ITable, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('dynamodb', 'PutItem', { region: table.env.region }) });
  }
}
