/**
 * template-render: what `MappingTemplate.render` costs. 1,000 typical mapping templates (an SQS
 * form body, a DynamoDB item, the documented "all parameters" loop, a response template that
 * walks a list), each made distinct so that no parse is reused, rendered against a sample request.
 *
 * Variants: `no-render` (the empty stack: the floor), `render-distinct` (1,000 different
 * templates: every one is parsed, the worst case) and `render-repeated` (the four templates
 * rendered 250 times each, as a test suite does: parses are cached). The synth-ms difference to
 * `no-render` (reported as overhead) is the rendering time; the target is well under a second.
 */
import { NotApplicable, type Workload } from '../support';

type Render = (template: string, input: object) => string;
let render: Render | undefined;
let unavailableReason = 'src/ not loaded (prepare did not run)';

function loadRenderer(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('../../src') as { MappingTemplate?: { render?: Render } };
    if (typeof lib.MappingTemplate?.render === 'function') {
      render = lib.MappingTemplate.render;
    } else {
      unavailableReason = 'MappingTemplate is not exported from src/ yet';
    }
  } catch (err) {
    unavailableReason = `src/ failed to load: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

const TEMPLATES = [
  'Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageAttribute.1.Name=id&MessageAttribute.1.Value.StringValue=$input.params(\'id\')',
  '{\n  "TableName": "items",\n  "Item": {\n    "pk": {"S": "$input.path(\'$.id\')"},\n    "name": {"S": "$util.escapeJavaScript($input.path(\'$.name\'))"},\n    "tags": {"SS": $input.json(\'$.tags\')}\n  }\n}',
  '#set($allParams = $input.params())\n{\n"body": $input.json(\'$\'),\n"params": {\n#foreach($type in $allParams.keySet())\n  #set($params = $allParams.get($type))\n"$type": {\n  #foreach($name in $params.keySet())\n  "$name": "$util.escapeJavaScript($params.get($name))"#if($foreach.hasNext),#end\n  #end\n}#if($foreach.hasNext),#end\n#end\n},\n"requestId": "$context.requestId"\n}',
  '#set($items = $input.path(\'$.items\'))\n{\n  "count": $items.size(),\n  "items": [\n#foreach($item in $items)\n    {"id": "$item.id", "price": $item.price}#if($foreach.hasNext),#end\n#end\n  ]\n}',
];

const INPUT = {
  body: JSON.stringify({ id: 'a1', name: 'Zoë\'s "book"', tags: ['x', 'y'], items: Array.from({ length: 10 }, (_, i) => ({ id: `i${i}`, price: i * 1.5 })) }),
  headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Trace': 'abc' },
  querystring: { page: '2' },
  path: { id: 'a1' },
  context: { 'requestId': 'r-1', 'identity.sourceIp': '192.0.2.1' },
};

function renderAll(n: number, template: (i: number) => string): void {
  if (!render) {
    throw new NotApplicable(unavailableReason);
  }
  for (let i = 0; i < n; i++) {
    render(template(i), INPUT);
  }
}

export const templateRender: Workload = {
  name: 'template-render',
  description: 'MappingTemplate.render of 1,000 typical templates (SQS, DynamoDB, params loop, list walk), all distinct or repeated, vs an empty stack',
  baseline: 'no-render',
  sizes: [1000],
  reportOverhead: true,
  prepare: loadRenderer,
  variants: {
    'no-render': () => undefined,
    'render-distinct': (_stack, n) => renderAll(n, i => `${TEMPLATES[i % TEMPLATES.length]}\n## template ${i}`),
    'render-repeated': (_stack, n) => renderAll(n, i => TEMPLATES[i % TEMPLATES.length]),
  },
};
