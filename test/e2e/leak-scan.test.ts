import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';

const CREATE = operation('create-pix-charge');
const GET = operation('get-pix-charge');
const REFUND = operation('refund-pix-charge');

const CPF = '12345678909';
const CNPJ = '11222333000181';

let app: TestPaygraph;
const responses: string[] = [];

async function run(query: string, variables?: Record<string, unknown>) {
  const response = await app.gql(query, variables);
  responses.push(JSON.stringify(response));
  return response;
}

beforeAll(async () => {
  app = await startTestPaygraph({ LOG_LEVEL: 'trace' });
  const sim = app.sandbox!.astra;
  const a = (await run(CREATE, { input: { amount: '9.01', debtor: { name: 'Maria', document: '123.456.789-09' }, idempotencyKey: 'leak-1' } })).data.createPixCharge.pixCharge;
  await run(CREATE, { input: { amount: '9.00', debtor: { name: 'ACME', document: '11.222.333/0001-81' } } });
  await run(CREATE, { input: { amount: '9.00', debtor: { name: 'Bad', document: '123.456.789-00' } } });
  await eventually(async () => (await run(GET, { id: a.id })).data.node.status === 'PAID');
  await run(REFUND, { input: { chargeId: a.id, amount: '1.00', idempotencyKey: 'leak-r1' } });
  await run(`query($d: CpfCnpj) { pixCharges(filter: { debtorDocument: $d }) { totalCount } }`, { d: CPF });
  sim.faults.set({ force401Count: 2 });
  await run(GET, { id: a.id });
  sim.faults.set({ failNextCount: 1, errorStatus: 400, routeFilter: 'POST /charge/v1/dynamic' });
  await run(CREATE, { input: { amount: '2.00', debtor: { name: 'Maria', document: CPF } } });
  sim.faults.set({ failNextCount: 3, errorStatus: 503, routeFilter: 'GET' });
  await run(GET, { id: a.id });
  sim.faults.reset();
});
afterAll(() => app.close());

describe('nothing secret leaks into logs or responses', () => {
  test('the scenario produced logs and responses to scan', () => {
    expect(app.logs.length).toBeGreaterThan(10);
    expect(responses.length).toBeGreaterThan(8);
  });

  test('no access token (current or rotated out), client secret or Bearer header in logs or responses', async () => {
    const current = await app.providers.astra.tokens.getToken();
    // Every token the simulator issued: the first one and the ones the forced 401s rotated out too.
    const issued = app.sandbox!.astra.issuedTokens();
    expect(issued).toContain(current);
    expect(issued.filter((token) => token !== current).length).toBeGreaterThanOrEqual(1);
    const secret = app.config.providers.astra.endpoint!.clientSecret;
    for (const text of [...app.logs, ...responses]) {
      for (const token of issued) expect(text).not.toContain(token);
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/Bearer\s+(?!\[REDACTED\])\S/);
    }
  });

  test('no full CPF or CNPJ in logs', () => {
    for (const line of app.logs) {
      expect(line).not.toContain(CPF);
      expect(line).not.toContain('123.456.789-09');
      expect(line).not.toContain(CNPJ);
      expect(line).not.toContain('11.222.333/0001-81');
    }
  });

  test('no provider error body, stack trace or internal path in responses', () => {
    for (const text of responses) {
      expect(text).not.toMatch(/errorCode|xTransactionId|"timestamp"|stacktrace|node_modules|\/src\//);
    }
  });
});
