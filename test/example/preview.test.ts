import { App } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { ExampleStack } from './stack';
import { RestIntegrationPreview } from '../../src';

const stack = new ExampleStack(new App(), 'Example');

/** The example app's REST method at `path` with verb `verb`. */
function preview(path: string, verb: string): RestIntegrationPreview {
  const method = stack.node.findAll().find((c): c is apigw.Method => c instanceof apigw.Method && c.resource.path === path && c.httpMethod === verb);
  if (!method) throw new Error(`no ${verb} ${path} in the example app`);
  return RestIntegrationPreview.of(method);
}

describe('the example app, previewed without deploying', () => {
  test('POST /orders (SQS SendMessage): the body goes form-encoded, the message id comes back', () => {
    const orders = preview('/orders', 'POST');
    const sent = orders.request({ body: '{"item": "book", "qty": 2}', headers: { 'Content-Type': 'application/json' } });
    expect(sent.body).toBe('Action=SendMessage&MessageBody=%7B%22item%22%3A+%22book%22%2C+%22qty%22%3A+2%7D');
    expect(sent.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(orders.request({ body: 'x', headers: { 'Content-Type': 'text/plain' } }).rejected).toBe(true);

    const sqsAnswer = '{"SendMessageResponse": {"SendMessageResult": {"MessageId": "5fea7756-0ea4-451a-a703-a558b933e274"}}}';
    expect(orders.response({ statusCode: 200, body: sqsAnswer })).toMatchObject({ statusCode: 200, body: '{"messageId": "5fea7756-0ea4-451a-a703-a558b933e274"}' });
    expect(orders.response({ statusCode: 403, body: '{"Error": {}}' })).toMatchObject({ statusCode: 400, selectionPattern: '4\\d{2}' });
  });

  test('PUT and POST /records (DynamoDB PutItem, Query): the table and the JSON the caller sent', () => {
    const put = preview('/records', 'PUT').request({ body: '{"pk": {"S": "a"}}' });
    expect(JSON.parse(put.body)).toEqual({ TableName: expect.stringMatching(/^\{Ref:.*Table.*\}$/), Item: { pk: { S: 'a' } } });

    const query = preview('/records', 'POST').request({ body: '{"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "a"}}}' });
    expect(JSON.parse(query.body)).toMatchObject({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'a' } } });
    // a caller that leaves a field out makes the template send "" (what $input.json of a missing path prints)
    expect(JSON.parse(preview('/records', 'POST').request({ body: '{}' }).body)).toMatchObject({ KeyConditionExpression: '' });
  });

  test('GET /health (MOCK): status 200 and the fixed body', () => {
    const health = preview('/health', 'GET');
    expect(health.request().body).toBe('{"statusCode": 200}');
    expect(health.response()).toMatchObject({ statusCode: 200, body: '{"ok": true}' });
  });
});
