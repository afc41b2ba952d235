import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';

/** Free text with control or bidi-override characters never reaches the provider. */
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

const CREATE = 'mutation($input: CreatePixChargeInput!) { createPixCharge(input: $input) { pixCharge { id } userErrors { field code message } } }';

describe('control and bidi characters in text inputs', () => {
  test.each([
    ['NUL in description', { description: 'pay\u0000me' }, ['input', 'description']],
    ['U+202E (right-to-left override) in description', { description: 'invoice \u202Egpj.exe' }, ['input', 'description']],
    ['U+2066 (isolate) in reference', { reference: 'ref\u2066-1' }, ['input', 'reference']],
    ['a C1 control in reference', { reference: 'ref\u0085' }, ['input', 'reference']],
    ['U+202E in the debtor name', { debtor: { name: 'Ana \u202ESilva', document: '52998224725' } }, ['input', 'debtor', 'name']],
  ])('%s → INVALID user error naming the field, no provider call', async (_name, extra, field) => {
    const before = app.sandbox!.astra.counters.total;
    const result = await app.gql(CREATE, { input: { amount: '10.00', ...extra } });
    expect(result.errors).toBeUndefined();
    expect(result.data.createPixCharge.pixCharge).toBeNull();
    expect(result.data.createPixCharge.userErrors).toEqual([expect.objectContaining({ field, code: 'INVALID' })]);
    expect(result.data.createPixCharge.userErrors[0].message).toMatch(/control or bidirectional-override/);
    expect(app.sandbox!.astra.counters.total).toBe(before);
  });

  test('ordinary accented text, emoji and punctuation are accepted', async () => {
    const result = await app.gql(CREATE, { input: { amount: '10.00', description: 'Pão de queijo — 2× ☕ «ok»', reference: 'pedido-123' } });
    expect(result.data.createPixCharge.userErrors).toEqual([]);
  });

  test('a list filter by reference refuses them too (BAD_USER_INPUT naming the field)', async () => {
    const before = app.sandbox!.astra.counters.total;
    const result = await app.gql('query($f: PixChargeFilter) { pixCharges(filter: $f) { totalCount } }', { f: { reference: 'x\u202Ey' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'reference'] });
    expect(app.sandbox!.astra.counters.total).toBe(before);
  });
});
