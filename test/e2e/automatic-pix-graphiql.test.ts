/** The GraphiQL Automatic Pix tabs run as shipped (placeholders filled in as the comments say): authorize → schedule → advance → failed → retry → advance → paid. */
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { simDate } from '../helpers/automatic-pix';
import { defaultGraphiqlTabs } from '../../src/graphiql/default-tabs';

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

const tab = (name: string) => defaultGraphiqlTabs(true).find((candidate) => candidate.name === name)!.query;

async function run(name: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await app.gql(tab(name), variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

test('the Automatic Pix tabs walk the failure-then-retry flow', async () => {
  const authorization = (await run('AutoPixAuthorize')).createAutomaticPixAuthorization;
  expect(authorization.userErrors).toEqual([]);
  expect(authorization.authorization).toMatchObject({ status: 'PENDING', startDate: simDate(app) });
  await app.sandbox!.astra.waitForIdle();
  const authorizationId = authorization.authorization.id;
  expect((await run('AutoPixRead', { id: authorizationId })).node.status).toBe('APPROVED');

  const scheduled = (await run('AutoPixSchedule', { authorizationId, dueDate: simDate(app, 1) })).createAutomaticPixPayment;
  expect(scheduled.userErrors).toEqual([]);
  const id = scheduled.payment.id;

  expect((await run('AdvanceSandboxClock')).advanceSandboxClock).toMatchObject({ today: simDate(app), userErrors: [] });
  await app.sandbox!.astra.waitForIdle();
  expect((await run('AutoPixRead', { id })).node).toMatchObject({ paymentStatus: 'FAILED', retryCount: 0, failureReason: 'Insufficient funds' });

  const retried = (await run('AutoPixRetry', { id, scheduledDate: simDate(app, 1) })).retryAutomaticPixPayment;
  expect(retried).toMatchObject({ userErrors: [], payment: { status: 'SCHEDULED', retryCount: 1, remainingRetries: 2 } });
  await run('AdvanceSandboxClock');
  await app.sandbox!.astra.waitForIdle();
  expect((await run('AutoPixRead', { id })).node).toMatchObject({ paymentStatus: 'PAID', retryCount: 1 });
  expect((await run('AutoPixRead', { id: authorizationId })).node.payments.edges).toHaveLength(1);
});
