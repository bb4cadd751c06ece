import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceActionOptions } from './options';
import { serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { grantTableAction } from '../core/grants';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

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
 */
export class WebSocketApiDynamoDbIntegration extends WebSocketApiAwsIntegration {
  /**
   * `PutItem`: the default template writes the message's `item` field, in DynamoDB JSON
   * (`{"action": "save", "item": {"pk": {"S": "1"}}}`). The role is granted only
   * `dynamodb:PutItem` on the table (and the write actions of its customer-managed KMS key, if any).
   */
  public static putItem(id: string, table: dynamodb.ITable, options: WebSocketApiServiceActionOptions = {}): WebSocketApiDynamoDbIntegration {
    checkArgs('WebSocketApiDynamoDbIntegration.putItem', 'WebSocketApiDynamoDbIntegration', [['id', id, str], ['table', table, R.table], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = `{"TableName": ${vtlJsonString(table.tableName)}, "Item": $input.json('$.item')}`;
    return new WebSocketApiDynamoDbIntegration(id, table, serviceDefaults(options, template));
  }

  private constructor(id: string, table: dynamodb.ITable, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('dynamodb', 'PutItem', { region: table.env.region }) });
    this._grant = (role: iam.IGrantable) => grantTableAction(table, 'PutItem', role);
  }
}
