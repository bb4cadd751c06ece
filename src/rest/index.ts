export * from './options';
export * from './connection';
export * from './lambda';
export * from './http';
export * from './mock';
