import { InvalidScalarInput } from '../../../../src/schema/scalars';
import { MUTATION_WITH_VARIABLE, run } from './schema.helper';

describe('CpfCnpj scalar', () => {
  describe('input', () => {
    it.each([
      ['123.456.789-09', { kind: 'CPF', value: '12345678909' }],
      ['12345678909', { kind: 'CPF', value: '12345678909' }],
      ['11.222.333/0001-81', { kind: 'CNPJ', value: '11222333000181' }],
      ['12.abc.345/01de-35', { kind: 'CNPJ', value: '12ABC34501DE35' }],
    ])('hands the resolver a DocumentValue for %p (literal and variable)', async (text, expected) => {
      for (const { result, received } of [await run(`mutation { test(input: { document: "${text}" }) }`), await run(MUTATION_WITH_VARIABLE, { input: { document: text } })]) {
        expect(result.errors).toBeUndefined();
        expect(received).toEqual([{ document: expected }]);
      }
    });

    it.each(['12345678900', '11111111111', '123', '', 'not a document'])('hands the resolver an InvalidScalarInput for %p, with no GraphQL error', async (text) => {
      for (const { result, received } of [
        await run(`mutation { test(input: { document: ${JSON.stringify(text)} }) }`),
        await run(MUTATION_WITH_VARIABLE, { input: { document: text } }),
      ]) {
        expect(result.errors).toBeUndefined();
        expect(received[0].document).toBeInstanceOf(InvalidScalarInput);
        expect(received[0].document).toMatchObject({ scalar: 'CpfCnpj', raw: text, reason: expect.stringMatching(/^(must|is) /) });
      }
    });

    it.each([
      ['a JSON number', 12345678909],
      ['a boolean', false],
      ['an object', { value: '12345678909' }],
    ])('rejects %s at coercion without echoing it', async (_name, value) => {
      const { result, received } = await run(MUTATION_WITH_VARIABLE, { input: { document: value } });
      expect(received).toEqual([]);
      expect(result.errors?.[0].message).toMatch(/CpfCnpj must be a JSON string/);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('rejects a non-string literal', async () => {
      const { result, received } = await run('mutation { test(input: { document: 12345678909 }) }');
      expect(received).toEqual([]);
      expect(result.errors?.[0].message).toMatch(/CpfCnpj must be a JSON string/);
    });
  });

  describe('output', () => {
    it.each([
      [{ kind: 'CPF', value: '12345678909' }, '12345678909'],
      ['12345678909', '12345678909'],
      ['123.456.789-09', '12345678909'],
      ['11.222.333/0001-81', '11222333000181'],
      ['12.ABC.345/01DE-35', '12ABC34501DE35'],
    ])('serialises %p unformatted', async (value, text) => {
      const { result } = await run('{ document }', undefined, value);
      expect(result).toEqual({ data: { document: text } });
    });

    it.each([
      ['an invalid document', '12345678900'],
      ['a number', 12345678909],
    ])('refuses to serialise %s, without echoing it', async (_name, value) => {
      const { result } = await run('{ document }', undefined, value);
      expect(result.data).toEqual({ document: null });
      expect(result.errors?.[0].message).toMatch(/CpfCnpj cannot represent/);
      expect(JSON.stringify(result.errors)).not.toContain('12345678909');
      expect(JSON.stringify(result.errors)).not.toContain('12345678900');
    });
  });
});
