import { InvalidScalarInput } from '../../../../src/schema/scalars';
import { MUTATION_WITH_VARIABLE, run } from './schema.helper';

describe('Decimal scalar', () => {
  describe('input', () => {
    it.each([
      ['100', 10000],
      ['100.5', 10050],
      ['100.50', 10050],
      ['0.01', 1],
    ])('hands the resolver integer cents for the literal %p', async (text, cents) => {
      const { result, received } = await run(`mutation { test(input: { amount: "${text}" }) }`);
      expect(result.errors).toBeUndefined();
      expect(received).toEqual([{ amount: cents }]);
    });

    it('hands the resolver integer cents for a variable', async () => {
      const { result, received } = await run(MUTATION_WITH_VARIABLE, { input: { amount: '10.05' } });
      expect(result.errors).toBeUndefined();
      expect(received).toEqual([{ amount: 1005 }]);
    });

    it.each(['1,00', '-1', '1.001', '1e3', '', ' 1.00', 'abc'])('hands the resolver an InvalidScalarInput for the malformed string %p, with no GraphQL error', async (text) => {
      for (const { result, received } of [
        await run(`mutation { test(input: { amount: ${JSON.stringify(text)} }) }`),
        await run(MUTATION_WITH_VARIABLE, { input: { amount: text } }),
      ]) {
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({ test: true });
        const marker = received[0].amount;
        expect(marker).toBeInstanceOf(InvalidScalarInput);
        expect(marker).toMatchObject({ scalar: 'Decimal', raw: text, reason: expect.stringMatching(/^(must|is) /) });
      }
    });

    it.each([
      ['a JSON number', 100.5],
      ['a JSON integer', 100],
      ['a boolean', true],
      ['an object', { cents: 100 }],
    ])('rejects %s in a variable at coercion, before the resolver runs', async (_name, value) => {
      const { result, received } = await run(MUTATION_WITH_VARIABLE, { input: { amount: value } });
      expect(received).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].message).toMatch(/Decimal must be a JSON string .*no float ever carries money/);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it.each(['100.5', '100', 'true'])('rejects the non-string literal %s', async (literal) => {
      const { result, received } = await run(`mutation { test(input: { amount: ${literal} }) }`);
      expect(received).toEqual([]);
      expect(result.errors?.[0].message).toMatch(/Decimal must be a JSON string/);
    });
  });

  describe('output', () => {
    it.each([
      [10000, '100.00'],
      [1, '0.01'],
      [0, '0.00'],
      [-150, '-1.50'],
    ])('serialises %p cents as %p', async (cents, text) => {
      const { result } = await run('{ decimal }', undefined, cents);
      expect(result).toEqual({ data: { decimal: text } });
    });

    it.each([
      ['a float', 1.5],
      ['a string', '100.00'],
      ['a bigint-sized number', 2 ** 53],
    ])('refuses to serialise %s', async (_name, value) => {
      const { result } = await run('{ decimal }', undefined, value);
      expect(result.data).toEqual({ decimal: null });
      expect(result.errors?.[0].message).toMatch(/Decimal cannot represent/);
    });
  });

  it('documents the input rules in the schema description', async () => {
    const { result } = await run('{ __type(name: "Decimal") { description } }');
    const description = (result.data as { __type: { description: string } }).__type.description;
    expect(description).toMatch(/"100.00"/);
    expect(description).toMatch(/"100.5"/);
    expect(description).toMatch(/at most 2 fraction digits/);
    expect(description).toMatch(/INVALID/);
  });
});
