export * from './connection';
export * from './rest-change';
export * from './rest-integration-patch-target';
export * from './rest-integration-patch';
export * from './http-change';
export * from './http-integration-patch';
export * from './websocket-change';
export * from './websocket-integration-patch';
