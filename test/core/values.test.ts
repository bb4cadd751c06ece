import { App, CfnParameter, Lazy, Stack } from 'aws-cdk-lib';
import { Unknown } from '../../src/core/facts';
import { booleanFact, numberFact, stringFact } from '../../src/core/values';

describe('facts from raw values', () => {
  const stack = new Stack(new App(), 'S');
  const n = new CfnParameter(stack, 'N', { type: 'Number' }).valueAsNumber;

  test('a number token is unknown as a number, as a string, and stringified', () => {
    expect(numberFact(n)).toBeInstanceOf(Unknown);
    expect(stringFact(n)).toBeInstanceOf(Unknown);
    expect(stringFact(String(n))).toBeInstanceOf(Unknown);
    expect(numberFact(String(n))).toBeInstanceOf(Unknown);
  });

  test('literals are converted as CloudFormation converts them', () => {
    expect(stringFact(200)).toBe('200');
    expect(stringFact(true)).toBe('true');
    expect(numberFact('10')).toBe(10);
    expect(booleanFact('false')).toBe(false);
    expect(stringFact('1e+5')).toBe('1e+5');
  });

  test('a string with a token keeps its literal parts as a skeleton', () => {
    const s = stringFact(`https://${Lazy.string({ produce: () => 'x' })}/path`);
    expect(s).toBeInstanceOf(Unknown);
    expect((s as Unknown).skeleton).toBe('https://\u0000/path');
  });

  test('intrinsics are unknown, with the literal parts of a join', () => {
    const s = stringFact({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':lambda:path/x']] });
    expect((s as Unknown).skeleton).toBe('arn:\u0000:lambda:path/x');
  });
});
