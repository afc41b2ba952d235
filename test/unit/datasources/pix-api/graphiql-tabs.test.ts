import { pixChargeTabs } from '../../../../src/resolvers/pix-charges/graphiql-tabs';

test('sandbox GraphiQL has the API Pix tabs (create with provider PIX_API, payments, cancel); a live server does not', () => {
  const sandbox = pixChargeTabs(true);
  const names = sandbox.map((tab) => tab.name);
  expect(names).toEqual(expect.arrayContaining(['CreatePixApiCharge', 'PixApiPayments', 'CancelPixApiCharge']));
  expect(sandbox.find((tab) => tab.name === 'CreatePixApiCharge')!.query).toMatch(/provider: PIX_API/);
  expect(pixChargeTabs(false).map((tab) => tab.name)).not.toContain('CreatePixApiCharge');
});
