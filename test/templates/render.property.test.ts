import * as fc from 'fast-check';
import { MappingTemplate } from '../../src';

const PIECES = ['$input.path(\'$\')', '$input.json(\'$.a\')', '$input.params()', '$util.escapeJavaScript($x)', '#set($x = ', '#if(', '#foreach($i in $input.path(\'$.b\'))', '#end', '#else', ')', '$x', '$x.size()', '"', '\'', '{', '}', '[', ']', '\n', ' ', 'text', '$!x', '${x}', '##c\n', '1', '==', '&&'];

describe('MappingTemplate.render on arbitrary templates', () => {
  test('returns a string or throws only this library\'s validation error', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), fc.json(), (pieces, body) => {
      try {
        expect(typeof MappingTemplate.render(pieces.join(''), { body, headers: { a: 'b' } })).toBe('string');
      } catch (e) {
        expect((e as Error).name).toBe('IntegrationValidationError');
      }
    }), { numRuns: 300 });
  });
});
