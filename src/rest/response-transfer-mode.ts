/**
 * How API Gateway returns the integration's response to the client (REST APIs, proxy integrations
 * only). This library's own type, rendered into the method's `Integration.ResponseTransferMode`, so it
 * works on every aws-cdk-lib in the peer range: aws-cdk-lib's `apigateway.ResponseTransferMode` is
 * newer than the range's floor.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html
 */
export enum RestApiResponseTransferMode {
  /** The whole response is buffered, then returned (up to 10 MB, within the integration timeout). */
  BUFFERED = 'BUFFERED',
  /** The response is streamed to the client as the back end produces it; allows timeouts up to 15 minutes. */
  STREAM = 'STREAM',
}
