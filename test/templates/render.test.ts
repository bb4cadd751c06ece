import { MappingTemplate, MappingTemplateInput } from '../../src';

// Sources cited below:
// [REF]  AWS, "Variables for data transformations for API Gateway" (the mapping template reference):
//        https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
// [EX]   AWS, "Examples using variables for mapping template transformations":
//        https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-variable-examples.html
// [LS]   LocalStack's AWS-validated API Gateway template behaviour:
//        localstack/localstack localstack-core/localstack/services/apigateway/next_gen/execute_api/template_mapping.py
//        (VTLJsonDict / VTLJsonList docstrings: what AWS printed) and .../utils/aws/templating.py (nulls print "").
// [LSH]  localstack/localstack next_gen/execute_api/header_utils.py: headers dropped before mapping.
// [LS#n] localstack/localstack pull request n: #12379 (Java map printing of $input.path, verified on AWS),
//        #12413 ($input.body of an empty body is {}, AWS-validated), #12774 ($input.path / $input.json
//        of an empty body or a path that matches nothing, checked on the AWS console).
// [YY]   Output recorded on AWS in github.com/yyolk/api-gateway-payload-parse README.
// [CL]   Apache commons-lang StringEscapeUtils.escapeJavaScript (what API Gateway's escapeJavaScript runs),
//        whose single-quote escape the [REF] page warns about.
// [V17]  Apache Velocity 1.7 user guide (the VTL API Gateway documents).

const BODY = '{"a": 1, "b": [{"c": 5}], "name": "Zoë", "tags": ["x", "y"], "nested": {"k": "v"}, "none": null}';
const render = (t: string, input: MappingTemplateInput = { body: BODY }) => MappingTemplate.render(t, input);

describe('$input.path and $input.json', () => {
  test('a JSON object from $input.path prints as a Java map, its arrays as JSON [LS][LS#12379]', () => {
    expect(render("$input.path('$')")).toBe('{a=1, b=[{"c":5}], name=Zoë, tags=["x","y"], nested={k=v}, none=null}');
    expect(render("$input.path('$').b")).toBe('[{"c":5}]');
  });

  test('a string leaf prints raw, a number as a number [REF]', () => {
    expect(render("$input.path('$.name') $input.path('$.a') $input.path('$.b[0].c')")).toBe('Zoë 1 5');
  });

  test('$input.json prints compact JSON, strings quoted [REF]', () => {
    expect(render("$input.json('$')")).toBe('{"a":1,"b":[{"c":5}],"name":"Zoë","tags":["x","y"],"nested":{"k":"v"},"none":null}');
    expect(render("$input.json('$.name')")).toBe('"Zoë"');
    expect(render("$input.json('$.tags[1]')")).toBe('"y"');
  });

  test('a path that matches nothing: $input.path prints nothing, $input.json prints "" [LS#12774]', () => {
    expect(render("[$input.path('$.missing')]")).toBe('[]');
    expect(render("$input.json('$.missing')")).toBe('""');
  });

  test('wildcards and recursive descent give lists [REF: JSONPath]', () => {
    expect(render("$input.json('$.tags[*]')")).toBe('["x","y"]');
    expect(render("$input.json('$..c')")).toBe('[5]');
  });

  test('JSONPath: bracket names, negative indexes, slices, unions and filters [REF: JSONPath]', () => {
    const input = { body: JSON.stringify({ 'a b': 1, 'list': [{ n: 1, k: 'x' }, { n: 2, k: 'y' }, { n: 3, k: 'x' }] }) };
    expect(render("$input.json(\"$['a b']\")", input)).toBe('1');
    expect(render("$input.json('$.list[-1].n')", input)).toBe('3');
    expect(render("$input.json('$.list[0:2]')", input)).toBe('[{"n":1,"k":"x"},{"n":2,"k":"y"}]');
    expect(render("$input.json('$.list[0,2].n')", input)).toBe('[1,3]');
    expect(render("$input.json(\"$.list[?(@.k == 'x')].n\")", input)).toBe('[1,3]');
    expect(render("$input.json('$.list[?(@.n > 1)].k')", input)).toBe('["y","x"]');
    expect(render("$input.json('$.list[*].k')", input)).toBe('["x","y","x"]');
  });

  test('an empty body: $input.body reads {}, $input.path finds nothing, $input.json gives "" [LS#12413][LS#12774]', () => {
    expect(render('$input.body', {})).toBe('{}');
    expect(render("[$input.path('$')]", {})).toBe('[]');
    expect(render("$input.json('$')", {})).toBe('""');
    expect(render('Action=SendMessage&MessageBody=$util.urlEncode($input.body)', {})).toBe('Action=SendMessage&MessageBody=%7B%7D');
  });

  test('$input.body is the payload as sent [REF]', () => {
    expect(render('$input.body', { body: 'a=1&b=2' })).toBe('a=1&b=2');
  });
});

describe('$input.params', () => {
  const input: MappingTemplateInput = {
    path: { id: 'p', shared: 'from-path' },
    querystring: { q: '1', shared: 'from-query' },
    headers: { 'X-Id': 'h', 'shared': 'from-header', 'Content-Length': '12', 'Connection': 'keep-alive' },
  };

  test('params(name) looks in path, then querystring, then header [REF]', () => {
    expect(render("$input.params('shared') $input.params('q') $input.params('X-Id')", input)).toBe('from-path 1 h');
  });

  test('params(name) compares names exactly, header names too', () => {
    expect(render("[$input.params('x-id')][$input.params('X-Id')]", input)).toBe('[][h]');
  });

  test('params(name) of an absent parameter is the empty string [LS]', () => {
    expect(render("[$input.params('nope')]#if($input.params('nope') == '') empty#end", input)).toBe('[] empty');
  });

  test('params() prints as a Java map of path, querystring and header [YY]', () => {
    expect(render('$input.params()', { querystring: { fields: 'id' } })).toBe('{path={}, querystring={fields=id}, header={}}');
    expect(render('$input.params().header.keySet()', {})).toBe('[]');
  });

  test('headers API Gateway drops are not visible [LSH]', () => {
    expect(render('$input.params().header.keySet()', input)).toBe('[X-Id, shared]');
    expect(render("[$input.params('Content-Length')]", input)).toBe('[]');
  });

  test('the documented "all params" loop [EX]', () => {
    const t = `#set($allParams = $input.params())
{
#foreach($type in $allParams.keySet())
  #set($params = $allParams.get($type))
"$type" : {
  #foreach($paramName in $params.keySet())
  "$paramName" : "$util.escapeJavaScript($params.get($paramName))"#if($foreach.hasNext),#end
  #end
}#if($foreach.hasNext),#end
#end
}`;
    const out = render(t, { path: { id: '7' }, querystring: { q: "it's" }, headers: {} });
    expect(JSON.parse(out.replace(/\\'/g, "'"))).toEqual({ path: { id: '7' }, querystring: { q: "it's" }, header: {} });
  });
});

describe('$util', () => {
  test("escapeJavaScript escapes ' \" \\ / and non-ASCII as Java does [CL][REF]", () => {
    expect(render("$util.escapeJavaScript($input.path('$.s'))", { body: JSON.stringify({ s: 'it\'s "a"\\b/c\né\u0001' }) }))
      .toBe('it\\\'s \\"a\\"\\\\b\\/c\\n\\u00E9\\u0001');
  });

  test('escapeJavaScript of a JSON document quotes every double quote [REF]', () => {
    expect(render("$util.escapeJavaScript($input.json('$.nested'))")).toBe('{\\"k\\":\\"v\\"}');
  });

  test('parseJson gives maps and lists the template can walk [REF]', () => {
    expect(render("#set($o = $util.parseJson($input.path('$.doc')))$o.items[1] $o.items.size() $o.meta", { body: JSON.stringify({ doc: '{"items":[1,2],"meta":{"x":true}}' }) }))
      .toBe('2 2 {x=true}');
  });

  test('urlEncode and urlDecode follow application/x-www-form-urlencoded (Java URLEncoder) [REF]', () => {
    expect(render("$util.urlEncode('a b&c=d/é*~')", {})).toBe('a+b%26c%3Dd%2F%C3%A9*%7E');
    expect(render("$util.urlDecode('a+b%26c')", {})).toBe('a b&c');
  });

  test('base64Encode and base64Decode [REF]', () => {
    expect(render("$util.base64Encode('héllo') $util.base64Decode('aGVsbG8=')", {})).toBe('aMOpbGxv hello');
  });
});

describe('$context and $stageVariables', () => {
  test('nested context variables by dotted names [EX]', () => {
    const out = render('"$context.identity.sourceIp" "$context.requestId" "$context.authorizer.claims.sub"', {
      context: { 'identity.sourceIp': '192.0.2.1', 'requestId': 'abc', 'authorizer.claims.sub': 'u1' },
    });
    expect(out).toBe('"192.0.2.1" "abc" "u1"');
  });

  test('a context variable that is not set prints nothing [LS][YY]', () => {
    expect(render('"$context.authorizer.principalId"', {})).toBe('""');
  });

  test('stage variables [REF]', () => {
    expect(render('$stageVariables.env/$stageVariables.get("env")', { stageVariables: { env: 'prod' } })).toBe('prod/prod');
  });

  test('requestOverride and responseOverride are written by #set [REF]', () => {
    const out = MappingTemplate.renderWithOverrides([
      '#set($context.requestOverride.header.X-Amz-Target = "DynamoDB_20120810.GetItem")',
      '#set($context.requestOverride.querystring.page = "2")',
      '#set($context.responseOverride.status = 404)',
      '#set($context.responseOverride.header.X-Why = "missing")',
      'done',
    ].join('\n'), {});
    expect(out.body).toBe('done');
    expect(out.requestOverrideHeaders).toEqual({ 'X-Amz-Target': 'DynamoDB_20120810.GetItem' });
    expect(out.requestOverrideQuerystring).toEqual({ page: '2' });
    expect(out.responseOverrideStatus).toBe(404);
    expect(out.responseOverrideHeaders).toEqual({ 'X-Why': 'missing' });
  });

  test('a responseOverride.status outside 100-599 is ignored [LS: test_handler_integration_response.py]', () => {
    expect(MappingTemplate.renderWithOverrides('#set($context.responseOverride.status = 600)', {}).responseOverrideStatus).toBeUndefined();
    expect(MappingTemplate.renderWithOverrides('#set($context.responseOverride.status = "201")', {}).responseOverrideStatus).toBe(201);
  });
});

describe('Velocity as API Gateway runs it (where plain Velocity or JavaScript differ)', () => {
  test('an undefined reference prints nothing, quiet or not [LS][YY]', () => {
    expect(render('[$foo][$!foo][${foo}]', {})).toBe('[][][]');
  });

  test('null compares equal only to null; #if is false only for null and false [V17]', () => {
    expect(render("#if($input.path('$.none') == '')a#{else}b#end #if($input.path('$.none'))c#{else}d#end #if('')e#end")).toBe('b d e');
  });

  test('#set to a null value leaves the variable as it was [V17]', () => {
    expect(render("#set($x = 'kept')#set($x = $input.path('$.none'))$x")).toBe('kept');
  });

  test('Velocity lists and maps print as Java collections [V17]', () => {
    expect(render("#set($m = {'a': 1, 'b': ['x', 2]})$m $m.keySet() $m.b", {})).toBe('{a=1, b=[x, 2]} [a, b] [x, 2]');
  });

  test('Java string methods: length(), replaceAll(regex), contains, split [V17]', () => {
    expect(render("#set($s = 'a-b-c')$s.length() $s.replaceAll('-', '+') $s.contains('b') $s.split('-').size()", {})).toBe('5 a+b+c true 3');
  });

  test('the documented replaceAll workaround for escaped single quotes [REF]', () => {
    expect(render("$util.escapeJavaScript($input.path('$.q')).replaceAll(\"\\\\'\", \"'\")", { body: '{"q":"it\'s"}' })).toBe("it's");
  });

  test('#set lines and directive lines leave no blank lines; integer division truncates [V17]', () => {
    const t = '{\n  #set($half = 7 / 2)\n  "half": $half,\n  #if($half == 3)\n  "ok": true\n  #end\n}\n';
    expect(render(t, {})).toBe('{\n  "half": 3,\n    "ok": true\n  }');
  });

  test('$foreach.first, $foreach.last and the 1.x $velocityHasNext [V17]', () => {
    expect(render('#foreach($i in [1,2,3])$i#if($foreach.first)F#end#if($foreach.last)L#end#if($velocityHasNext),#end#end', {})).toBe('1F,2,3L');
  });

  test('a syntax error throws with line and column', () => {
    expect(() => render('{\n  #set($a = )\n}', {})).toThrow(/line 2, column \d+/);
    expect(() => render('#if($a)\nno end', {})).toThrow(/#if has no #end/);
  });
});
