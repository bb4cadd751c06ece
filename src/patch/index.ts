export * from './connection';
export * from './rest-change';
export * from './rest-integration-patch-target';
export * from './rest-integration-patch';
