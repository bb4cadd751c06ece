export * from './options';
export * from './connection';
export * from './lambda';
export * from './http';
export * from './mock';
export * from './aws-service';
export * from './sqs';
