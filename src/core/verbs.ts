/**
 * THE verb list: the HTTP methods API Gateway knows, in the order its PutMethod error lists them
 * ("Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY"); `ANY` stands for every verb.
 * Rules, readers and the patch construct all take their verbs from here.
 */
export const HTTP_METHODS: readonly string[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'];
