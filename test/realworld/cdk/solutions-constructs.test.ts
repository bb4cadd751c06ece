import { Aws } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { checkedStack, findings } from './support';

/**
 * The API Gateway integrations that AWS Solutions Constructs builds (awslabs/aws-solutions-constructs,
 * source/patterns/@aws-solutions-constructs/*): each pattern's integ tests deploy it (committed
 * integ.*.js.snapshot directories). Reduced to what the pattern writes: a REST AWS integration with
 * passthrough NEVER, a Content-Type header, a VTL request template, 200 + 500 ("500" pattern)
 * integration responses and 200 + 500 method responses (core/lib/apigateway-helper.ts
 * addProxyMethodToApiResource and core/lib/apigateway-defaults.ts DefaultIntegrationResponses).
 */

function apiGatewayRole(scope: Construct): iam.Role {
  return new iam.Role(scope, 'ApiGatewayRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
}

interface ProxyMethod {
  readonly resource: apigw.IResource;
  readonly method: string;
  readonly role: iam.IRole;
  readonly service: string;
  readonly action?: string;
  readonly path?: string;
  readonly template: string;
  readonly contentType?: string;
  readonly options?: apigw.MethodOptions;
}

/** What addProxyMethodToApiResource writes (core/lib/apigateway-helper.ts). */
function proxyMethod(p: ProxyMethod): apigw.Method {
  const integration = new apigw.AwsIntegration({
    service: p.service,
    integrationHttpMethod: 'POST',
    ...(p.action ? { action: p.action } : { path: p.path }),
    options: {
      passthroughBehavior: apigw.PassthroughBehavior.NEVER,
      credentialsRole: p.role,
      requestParameters: { 'integration.request.header.Content-Type': p.contentType ?? "'application/json'" },
      requestTemplates: { 'application/json': p.template },
      integrationResponses: [
        { statusCode: '200' },
        { statusCode: '500', responseTemplates: { 'text/html': 'Error' }, selectionPattern: '500' },
      ],
    },
  });
  const contentType = { 'method.response.header.Content-Type': true };
  return p.resource.addMethod(p.method, integration, {
    methodResponses: [{ statusCode: '200', responseParameters: contentType }, { statusCode: '500', responseParameters: contentType }],
    ...p.options,
  });
}

// Source: https://github.com/awslabs/aws-solutions-constructs/blob/main/source/patterns/@aws-solutions-constructs/aws-apigateway-sqs/lib/index.ts (integ: aws-apigateway-sqs/test/integ.*.ts)
test('aws-apigateway-sqs: SendMessage, ReceiveMessage and DeleteMessage as form-encoded AWS integrations', () => {
  const stack = checkedStack();
  const queue = new sqs.Queue(stack, 'Queue');
  const api = new apigw.RestApi(stack, 'Api');
  const role = apiGatewayRole(stack);
  const path = `${Aws.ACCOUNT_ID}/${queue.queueName}`;
  const form = "'application/x-www-form-urlencoded'";
  proxyMethod({ resource: api.root, method: 'POST', role, service: 'sqs', path, template: 'Action=SendMessage&MessageBody=$util.urlEncode("$input.body")', contentType: form });
  proxyMethod({ resource: api.root, method: 'GET', role, service: 'sqs', path, template: 'Action=ReceiveMessage', contentType: form });
  proxyMethod({
    resource: api.root.addResource('message'),
    method: 'DELETE',
    role,
    service: 'sqs',
    path,
    contentType: form,
    template: "Action=DeleteMessage&ReceiptHandle=$util.urlEncode($input.params('receiptHandle'))",
  });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/awslabs/aws-solutions-constructs/blob/main/source/patterns/@aws-solutions-constructs/aws-apigateway-dynamodb/lib/index.ts (integ: aws-apigateway-dynamodb/test/integ.*.ts)
test('aws-apigateway-dynamodb: PutItem on /, Query, UpdateItem and DeleteItem on /{id} with JSON templates', () => {
  const stack = checkedStack();
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  const api = new apigw.RestApi(stack, 'Api');
  const role = apiGatewayRole(stack);
  const item = api.root.addResource('{id}');
  proxyMethod({ resource: api.root, method: 'POST', role, service: 'dynamodb', action: 'PutItem', template: `{ "TableName": "${table.tableName}", "Item": { "id": { "S": "$context.requestId" } } }` });
  proxyMethod({
    resource: item,
    method: 'GET',
    role,
    service: 'dynamodb',
    action: 'Query',
    template: `{\r\n"TableName": "${table.tableName}",\r\n "KeyConditionExpression": "id = :v1",\r\n "ExpressionAttributeValues": { ":v1": { "S": "$input.params('id')" } }\r\n}`,
  });
  proxyMethod({
    resource: item,
    method: 'PUT',
    role,
    service: 'dynamodb',
    action: 'UpdateItem',
    template: `{ "TableName": "${table.tableName}", "Key": { "id": { "S": "$input.params('id')" } }, "UpdateExpression": "set body = :b", "ExpressionAttributeValues": { ":b": { "S": "$input.json('$.body')" } } }`,
  });
  proxyMethod({
    resource: item,
    method: 'DELETE',
    role,
    service: 'dynamodb',
    action: 'DeleteItem',
    template: `{ "TableName": "${table.tableName}", "Key": { "id": { "S": "$input.params('id')" } }, "ConditionExpression": "attribute_not_exists(Replies)", "ReturnValues": "ALL_OLD" }`,
  });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/awslabs/aws-solutions-constructs/blob/main/source/patterns/@aws-solutions-constructs/aws-apigateway-kinesisstreams/lib/index.ts (integ: aws-apigateway-kinesisstreams/test/integ.*.ts)
test('aws-apigateway-kinesisstreams: PutRecord and PutRecords with a body validator, models and #foreach', () => {
  const stack = checkedStack();
  const stream = new kinesis.Stream(stack, 'Stream');
  const api = new apigw.RestApi(stack, 'Api');
  const role = apiGatewayRole(stack);
  stream.grantWrite(role);
  const requestValidator = api.addRequestValidator('Validator', { requestValidatorName: 'request-body-validator', validateRequestBody: true });
  const model = (id: string, required: string[]) => api.addModel(id, {
    contentType: 'application/json',
    modelName: id,
    schema: { schema: apigw.JsonSchemaVersion.DRAFT4, type: apigw.JsonSchemaType.OBJECT, required },
  });
  const json11 = "'x-amz-json-1.1'";
  proxyMethod({
    resource: api.root.addResource('record'),
    method: 'POST',
    role,
    service: 'kinesis',
    action: 'PutRecord',
    contentType: json11,
    template: `{ "StreamName": "${stream.streamName}", "Data": "$util.base64Encode($input.json('$.data'))", "PartitionKey": "$input.path('$.partitionKey')" }`,
    options: { requestValidator, requestModels: { 'application/json': model('PutRecordModel', ['data', 'partitionKey']) } },
  });
  proxyMethod({
    resource: api.root.addResource('records'),
    method: 'POST',
    role,
    service: 'kinesis',
    action: 'PutRecords',
    contentType: json11,
    template: `{ "StreamName": "${stream.streamName}", "Records": [ #foreach($elem in $input.path('$.records')) `
      + '{ "Data": "$util.base64Encode($elem.data)", "PartitionKey": "$elem.partitionKey"}#if($foreach.hasNext),#end #end ] }',
    options: { requestValidator, requestModels: { 'application/json': model('PutRecordsModel', ['records']) } },
  });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/awslabs/aws-solutions-constructs/blob/main/source/patterns/@aws-solutions-constructs/aws-apigateway-iot/lib/index.ts (integ: aws-apigateway-iot/test/integ.apiiot-*.ts)
test('aws-apigateway-iot: iotdata topics/{topic-level-N} and a $aws shadow path, 2\\d{2}/5\\d{2}/default responses, IAM', () => {
  const stack = checkedStack();
  const api = new apigw.RestApi(stack, 'Api', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM } });
  const role = apiGatewayRole(stack);
  const requestValidator = new apigw.RequestValidator(stack, 'Validator', { restApi: api, validateRequestBody: false, validateRequestParameters: true });
  const add = (resource: apigw.IResource, path: string, params: string[]) => {
    const integration = new apigw.AwsIntegration({
      service: 'iotdata',
      subdomain: 'a1b2c3d4e5f6g7',
      integrationHttpMethod: 'POST',
      path,
      options: {
        credentialsRole: role,
        passthroughBehavior: apigw.PassthroughBehavior.WHEN_NO_MATCH,
        requestParameters: Object.fromEntries(params.map(n => [`integration.request.path.${n}`, `method.request.path.${n}`])),
        requestTemplates: { 'application/json': "$input.json('$')" },
        integrationResponses: [
          { statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates: { 'application/json': "$input.json('$')" } },
          { statusCode: '500', selectionPattern: '5\\d{2}', responseTemplates: { 'application/json': "$input.json('$')" } },
          { statusCode: '403', responseTemplates: { 'application/json': "$input.json('$')" } },
        ],
      },
    });
    resource.addMethod('POST', integration, {
      requestValidator,
      requestParameters: Object.fromEntries(params.map(n => [`method.request.path.${n}`, true])),
      methodResponses: [{ statusCode: '200' }, { statusCode: '500' }, { statusCode: '403' }],
    });
  };
  const level1 = api.root.addResource('message').addResource('{topic-level-1}');
  add(level1, 'topics/{topic-level-1}', ['topic-level-1']);
  add(level1.addResource('{topic-level-2}'), 'topics/{topic-level-1}/{topic-level-2}', ['topic-level-1', 'topic-level-2']);
  const thing = api.root.addResource('shadow').addResource('{thingName}');
  add(thing, 'things/{thingName}/shadow', ['thingName']);
  add(thing.addResource('{shadowName}'), 'topics/$aws/things/{thingName}/shadow/name/{shadowName}/update', ['thingName', 'shadowName']);
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});

// Source: https://github.com/awslabs/aws-solutions-constructs/blob/main/source/patterns/@aws-solutions-constructs/core/lib/websocket-api-helper.ts buildWebSocketQueueRouteOptions
// (integ: aws-apigatewayv2websocket-sqs/test/integ.wssqs-custom-route.ts and its committed snapshot template)
test('aws-apigatewayv2websocket-sqs: $default and a custom route to SQS, template keyed by a literal selection expression', () => {
  const stack = checkedStack();
  const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
  const role = apiGatewayRole(stack);
  queue.grantSendMessages(role);
  const vtl = "Action=SendMessage&MessageGroupId=$input.path('$.MessageGroupId')&MessageDeduplicationId=$context.requestId"
    + '&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=$context.connectionId&MessageAttribute.1.Value.DataType=String'
    + "&MessageBody=$util.urlEncode($input.json($util.escapeJavaScript('$').replaceAll(\"\\\\'\",\"'\")))";
  const route = (name: string) => ({
    integration: new integrations.WebSocketAwsIntegration(name, {
      integrationMethod: apigwv2.HttpMethod.POST,
      integrationUri: `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:sqs:path/${Aws.ACCOUNT_ID}/${queue.queueName}`,
      requestTemplates: { [name]: vtl },
      templateSelectionExpression: name === '$default' ? '\\$default' : name,
      passthroughBehavior: apigwv2.PassthroughBehavior.NEVER,
      credentialsRole: role,
      requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
    }),
  });
  const api = new apigwv2.WebSocketApi(stack, 'Api', {
    // the snapshot's $connect: a MOCK integration behind IAM authorization
    connectRouteOptions: { integration: new integrations.WebSocketMockIntegration('connect'), authorizer: new authorizers.WebSocketIamAuthorizer() },
    defaultRouteOptions: route('$default'),
  });
  api.addRoute('custom-action', route('custom-action'));
  new apigwv2.WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
  expect(findings(stack)).toEqual({ errors: [], warnings: [] });
});
