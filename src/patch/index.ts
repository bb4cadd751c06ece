export * from './connection';
export * from './rest-change';
export * from './rest-integration-patch-target';
export * from './rest-integration-patch';
export * from './v2-change';
export * from './http-integration-patch';
export * from './websocket-integration-patch';
