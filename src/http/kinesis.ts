import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { HttpApiServiceIntegrationOptions } from './options';
import { ServiceBinder, ServiceSpec, serviceSpec } from './private/service';
import { serviceOptions } from './private/shapes';
import { R } from '../core/arg-shapes';
import { KINESIS_PUT_RECORD } from '../core/services/messaging';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';

/** Parameters of `Kinesis-PutRecord` (the stream's `StreamName` is set by the library). */
export interface HttpApiKinesisIntegrationPutRecordOptions extends HttpApiServiceIntegrationOptions {
  /**
   * `Data`: the record.
   * @default RequestValue.body() - the whole request body
   */
  readonly data?: RequestValue;
  /**
   * `PartitionKey`: decides the shard.
   * @default RequestValue.context('requestId') - spreads records over the shards
   */
  readonly partitionKey?: RequestValue;
  /** `SequenceNumberForOrdering`. @default - none */
  readonly sequenceNumberForOrdering?: RequestValue;
  /** `ExplicitHashKey`. @default - the hash of the partition key */
  readonly explicitHashKey?: RequestValue;
}

/**
 * HTTP API routes to Amazon Kinesis Data Streams (`AWS_PROXY`, subtype `Kinesis-PutRecord`), with
 * a role granted only `kinesis:PutRecord` on that stream (and encrypt on its KMS key when it has one).
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as kinesis from 'aws-cdk-lib/aws-kinesis';
 * import { HttpApiKinesisIntegration, RequestValue } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const stream: kinesis.IStream;
 * api.addRoutes({
 *   path: '/clicks',
 *   methods: [apigwv2.HttpMethod.POST],
 *   integration: HttpApiKinesisIntegration.putRecord('Clicks', stream, { partitionKey: RequestValue.header('x-session') }),
 * });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 * @see https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html
 */
export class HttpApiKinesisIntegration extends apigwv2.HttpRouteIntegration {
  /** `Kinesis-PutRecord`: put one record on the stream. */
  public static putRecord(id: string, stream: kinesis.IStream, options: HttpApiKinesisIntegrationPutRecordOptions = {}): HttpApiKinesisIntegration {
    checkArgs('HttpApiKinesisIntegration.putRecord', 'HttpApiKinesisIntegration', [['id', id, str], ['stream', stream, R.stream], ['options', options, serviceOptions('HttpApiKinesisIntegrationPutRecordOptions', ['data', 'partitionKey', 'sequenceNumberForOrdering', 'explicitHashKey'], [])]]);
    return new HttpApiKinesisIntegration(id, serviceSpec(KINESIS_PUT_RECORD, stream, options));
  }

  private readonly binder: ServiceBinder;

  private constructor(id: string, spec: ServiceSpec) {
    super(id);
    this.binder = new ServiceBinder(id, 'HttpApiKinesisIntegration', spec);
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    return this.binder.bind(options);
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
