import { randomUUID } from 'node:crypto';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { encodeGlobalId } from '../../src/lib/global-id';
import { expectOutcomePending, shortWindowEnv, waitRetryAfter } from '../helpers/in-flight';
import { callsDuring, CREATE_LINK, createLink, LINK_FIELDS, linkInput, LIST_LINKS, PAYER_CPF } from '../helpers/payment-links';

const NODE = `query($id: ID!) { node(id: $id) { __typename ... on PaymentLink { ${LINK_FIELDS} } } }`;
const OTHER_CNPJ = '11222333000181';
let app: TestPaygraph;

beforeAll(async () => {
  // A 3 s in-flight window (issue 23): a repeat of an unanswered create's key waits it out.
  app = await startTestPaygraph(shortWindowEnv(2_000, 2_500, 3_000));
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

describe('createPaymentLink', () => {
  test('creates a link with its installment options as Money: one POST', async () => {
    const { result: link, calls } = await callsDuring(app, () => createLink(app, { amount: '100.00', installments: 3, reference: 'order-1', expiresInDays: 5 }));
    expect(calls).toEqual({ 'POST /payment-link/v1': 1 });
    expect(link).toMatchObject({
      status: 'CREATED',
      providerStatus: '1:CREATED',
      amount: { amount: '100.00', currency: 'BRL' },
      installments: 3,
      payerName: 'João Silva',
      payerDocument: PAYER_CPF,
      reference: 'order-1',
      payment: null,
    });
    expect(link.url).toContain(link.providerId);
    expect(link.installmentOptions).toEqual([
      { count: 1, installmentAmount: { amount: '100.00' }, totalAmount: { amount: '100.00' } },
      { count: 2, installmentAmount: { amount: '50.00' }, totalAmount: { amount: '100.00' } },
      { count: 3, installmentAmount: { amount: '33.33' }, totalAmount: { amount: '100.00' } },
    ]);
    expect(Date.parse(link.expiresAt) - Date.parse(link.createdAt)).toBe(5 * 86_400_000);
  });

  test('node(id) reads the link back with one GET', async () => {
    const link = await createLink(app);
    const { result, calls } = await callsDuring(app, () => app.gql(NODE, { id: link.id }));
    expect(calls).toEqual({ 'GET /payment-link/v1/:linkPaymentUuid': 1 });
    expect(result.data.node).toEqual({ __typename: 'PaymentLink', ...link });
    const unknown = await app.gql(NODE, { id: encodeGlobalId('PaymentLink', 'ASTRA', randomUUID()) });
    expect(unknown).toEqual({ data: { node: null } });
  });

  test('the same idempotencyKey twice: one POST, the same link', async () => {
    const input = linkInput({ idempotencyKey: `key-${randomUUID()}` });
    const { result, calls } = await callsDuring(app, async () => [await app.gql(CREATE_LINK, { input }), await app.gql(CREATE_LINK, { input })]);
    expect(calls).toEqual({ 'POST /payment-link/v1': 1 });
    expect(result[1].data.createPaymentLink.paymentLink.id).toBe(result[0].data.createPaymentLink.paymentLink.id);
    const conflict = await app.gql(CREATE_LINK, { input: { ...input, amount: '5.00' } });
    expect(conflict.data.createPaymentLink.userErrors[0].code).toBe('IDEMPOTENCY_CONFLICT');
  });

  test('a create that got no answer: its key answers OUTCOME_PENDING inside the window, OUTCOME_UNKNOWN after it, no second POST', async () => {
    const input = linkInput({ idempotencyKey: `key-${randomUUID()}` });
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'POST /payment-link/v1' });
    const inside = await callsDuring(app, async () => [await app.gql(CREATE_LINK, { input }), await app.gql(CREATE_LINK, { input })]);
    expect(inside.calls).toEqual({ 'POST /payment-link/v1': 1 });
    expect(inside.result[0].errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
    const retryAfter = expectOutcomePending(inside.result[1]);

    await waitRetryAfter(retryAfter);
    // A link carries no marker of the attempt: the key's outcome stays unknown, and nothing is sent.
    const after = await callsDuring(app, () => app.gql(CREATE_LINK, { input }));
    expect(after.calls).toEqual({});
    expect(after.result.data.createPaymentLink.userErrors[0]).toMatchObject({ field: ['input', 'idempotencyKey'], code: 'OUTCOME_UNKNOWN' });
  });

  test('bad input: every problem with its path and code, 0 provider calls', async () => {
    const input = {
      payer: { name: ' ', document: '123.456.789-00' },
      amount: '0.001',
      installments: 11,
      description: 'x'.repeat(141),
      reference: 'r'.repeat(78),
      expiresInDays: 11,
      idempotencyKey: '',
    };
    const { result, calls } = await callsDuring(app, () => app.gql(CREATE_LINK, { input }));
    expect(calls).toEqual({});
    const errors = result.data.createPaymentLink.userErrors.map((e: any) => [e.field.join('.'), e.code]);
    expect(errors).toEqual([
      ['input.payer.name', 'REQUIRED'],
      ['input.payer.document', 'INVALID'],
      ['input.amount', 'INVALID'],
      ['input.installments', 'INVALID'],
      ['input.expiresInDays', 'INVALID'],
      ['input.description', 'INVALID'],
      ['input.reference', 'INVALID'],
      ['input.idempotencyKey', 'INVALID'],
    ]);
    const alnumCnpj = await callsDuring(app, () => app.gql(CREATE_LINK, { input: linkInput({ payer: { name: 'ACME', document: '12.ABC.345/01DE-35' } }) }));
    expect(alnumCnpj.calls).toEqual({});
    expect(alnumCnpj.result.data.createPaymentLink.userErrors).toEqual([expect.objectContaining({ field: ['input', 'payer', 'document'], code: 'NOT_SUPPORTED' })]);
    expect(result.data.createPaymentLink.paymentLink).toBeNull();
  });
});

describe('paymentLinks', () => {
  const reference = `list-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    for (let i = 0; i < 5; i++) await createLink(app, { reference, amount: `${10 + i}.00` });
    await createLink(app, { reference, amount: '9.00', payer: { name: 'ACME', document: OTHER_CNPJ } });
  });

  test('pages through a filtered list: one GET per page, newest first, no overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    const { calls } = await callsDuring(app, async () => {
      for (;;) {
        const response: any = await app.gql(LIST_LINKS, { filter: { reference }, first: 2, after });
        const connection = response.data.paymentLinks;
        expect(connection.totalCount).toBe(6);
        seen.push(...connection.edges.map((edge: any) => edge.node.id));
        pages++;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
    });
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(6);
    expect(calls).toEqual({ 'GET /payment-link/v1': 3 });
  });

  test('filters by payer document, status and created range', async () => {
    const byDocument = await app.gql(LIST_LINKS, { filter: { reference, payerDocument: '11.222.333/0001-81' } });
    expect(byDocument.data.paymentLinks.edges.map((e: any) => e.node.payerDocument)).toEqual([OTHER_CNPJ]);
    const paid = await app.gql(LIST_LINKS, { filter: { reference, status: 'PAID' } });
    expect(paid.data.paymentLinks.totalCount).toBe(0);
    const open = await app.gql(LIST_LINKS, {
      filter: { reference, status: 'CREATED', createdFrom: new Date(Date.now() - 86_400_000).toISOString(), createdTo: new Date().toISOString() },
    });
    expect(open.data.paymentLinks.totalCount).toBe(6);
    const longAgo = await app.gql(LIST_LINKS, { filter: { reference, createdTo: '2020-01-01T00:00:00Z' } });
    expect(longAgo.data.paymentLinks.totalCount).toBe(0);
  });

  test('bad filters are refused with their path before any call', async () => {
    const { result, calls } = await callsDuring(app, async () => [
      await app.gql(LIST_LINKS, { filter: { createdFrom: '2025-02-01T00:00:00Z', createdTo: '2025-01-01T00:00:00Z' } }),
      await app.gql(LIST_LINKS, { filter: { payerDocument: '111.111.111-12' } }),
      await app.gql(LIST_LINKS, { filter: { status: 'UNKNOWN' } }),
      await app.gql(LIST_LINKS, { first: 101 }),
    ]);
    expect(calls).toEqual({});
    expect(result.map((r) => [r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field ?? r.errors?.[0].path])).toEqual([
      ['BAD_USER_INPUT', ['filter', 'createdFrom']],
      ['BAD_USER_INPUT', ['filter', 'payerDocument']],
      ['NOT_SUPPORTED', ['paymentLinks']],
      ['BAD_USER_INPUT', ['first']],
    ]);
  });
});
