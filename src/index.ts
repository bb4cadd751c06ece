export * from './checks';
export * from './mapping';
export * from './rest';
export * from './http';
export * from './websocket';
export * from './patch';
export * from './templates';
