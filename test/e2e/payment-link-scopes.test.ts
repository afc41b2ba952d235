import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { callsDuring, CREATE_LINK, linkInput, LIST_LINKS } from '../helpers/payment-links';

const READER = 'reader-key-0123456789abcdef';
const WRITER = 'writer-key-0123456789abcdef';
let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph({ API_KEYS: `web=${READER}:read,ops=${WRITER}` });
});
afterAll(() => app.close());

test('a read key lists payment links but cannot create one (FORBIDDEN, 0 provider calls); a write key creates', async () => {
  const reader = { authorization: `Bearer ${READER}` };
  expect((await app.gql(LIST_LINKS, { first: 1 }, reader)).errors).toBeUndefined();
  const refused = await callsDuring(app, () => app.gql(CREATE_LINK, { input: linkInput() }, reader));
  expect(refused.result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(refused.calls).toEqual({});
  const created = await app.gql(CREATE_LINK, { input: linkInput() }, { authorization: `Bearer ${WRITER}` });
  expect(created.data.createPaymentLink.paymentLink.status).toBe('CREATED');
});
