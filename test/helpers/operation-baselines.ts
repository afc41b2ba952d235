import { encodeGlobalId } from '../../src/lib/global-id';
import { simDate } from './automatic-pix';
import { CARDS, CVV } from './cards';
import type { TestPaygraph } from './paygraph';

/**
 * Valid arguments for every root field of the schema that takes any, keyed `Type.field`, for the
 * schema-driven tests (text-policy-schema, provider-id-dot-segments): they change one position
 * at a time, so everything else must be valid (text-policy-schema.test.ts checks that it is).
 * Ids are well-formed ids of objects that do not exist. Alternatives where inputs exclude each
 * other (chargeCard: a card or a saved card).
 */
export const UUID = '0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21';
const id = (type: string) => encodeGlobalId(type, 'ASTRA', UUID);
/** A due-date charge id (only PIX_API has them): a txid of 35 letters and digits. */
const dueDateChargeId = encodeGlobalId('DueDatePixCharge', 'PIX_API', '0b6f3c1e2a7d4f7e9d7a5c1e8f0a9b21abc');
const CPF = '12345678909';
const CNPJ = '11222333000181';
const card = { number: CARDS.approved, holderName: 'JOAO SILVA', expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 4 };

export function baselines(app: TestPaygraph): Record<string, Array<Record<string, unknown>>> {
  const today = simDate(app);
  const party = { name: 'Ana Souza', document: CPF };
  const dueDateTerms = {
    dueDate: today,
    daysValidAfterDueDate: 5,
    debtor: party,
    description: 'Mensalidade',
    fine: { modality: 'PERCENTAGE', value: '2.00' },
    interest: { modality: 'AMOUNT_PER_CALENDAR_DAY', value: '0.10' },
    rebate: { modality: 'FIXED_AMOUNT', value: '1.00' },
  };
  const fixedDateDiscount = { modality: 'FIXED_AMOUNT_UNTIL_DATES', fixedDates: [{ date: today, value: '1.00' }] };
  const perDayDiscount = { modality: 'AMOUNT_PER_CALENDAR_DAY_EARLY', valuePerDay: '0.10' };
  return {
    'Query.automaticPixAuthorizations': [{ after: null, filter: { contractReference: 'C-1', payerDocument: CPF } }],
    'Query.automaticPixParticipants': [{ provider: 'ASTRA' }],
    'Query.automaticPixPayments': [{ filter: { authorizationId: id('AutomaticPixAuthorization'), scheduledFrom: today, scheduledTo: today } }],
    'Query.cardRecurrences': [{ filter: { payerDocument: CPF, reference: 'sub-1' } }],
    'Query.cardTransactions': [
      { filter: { createdFrom: '2026-01-01T00:00:00Z', createdTo: '2026-02-01T00:00:00Z', nsu: '123456', reference: 'order-1', savedCardId: id('SavedCard') } },
    ],
    'Query.decodeBrCode': [{ brCode: '00020126360014br.gov.bcb.pix0114+55119876543215204000053039865802BR5903Ana6009SAO PAULO62070503***6304ABCD' }],
    'Query.dueDatePixCharges': [{ filter: { provider: 'PIX_API', createdFrom: '2026-01-01T00:00:00Z', createdTo: '2026-02-01T00:00:00Z', debtorDocument: CPF } }],
    'Query.node': [{ id: id('PixCharge') }],
    'Query.nodes': [{ ids: [id('PixCharge')] }],
    'Query.paymentLinks': [{ filter: { createdFrom: '2026-01-01T00:00:00Z', createdTo: '2026-02-01T00:00:00Z', payerDocument: CPF, reference: 'order-1' } }],
    'Query.pixCharges': [{ filter: { createdFrom: '2026-01-01T00:00:00Z', createdTo: '2026-02-01T00:00:00Z', debtorDocument: CPF, reference: 'order-1' } }],
    'Query.pixPayoutBatches': [{}],
    'Query.savedCards': [{}],
    'Query.webhooks': [{ provider: 'ASTRA' }],
    'Mutation.advanceSandboxClock': [{ days: 1 }],
    'Mutation.cancelCardRecurrence': [{ input: { recurrenceId: id('CardRecurrence') } }],
    'Mutation.cancelCardRecurrenceSchedule': [{ input: { recurrenceId: id('CardRecurrence'), scheduleId: UUID } }],
    'Mutation.cancelCardTransaction': [{ input: { transactionId: id('CardTransaction') } }],
    'Mutation.cancelPixPayoutBatch': [{ input: { batchId: id('PixPayoutBatch') } }],
    'Mutation.cancelPixCharge': [{ input: { id: id('PixCharge') } }],
    'Mutation.chargeCard': [
      { input: { card, securityCode: CVV, amount: '10.00', payer: { document: CPF }, description: 'Order 1', reference: 'order-1', idempotencyKey: 'k-1' } },
      { input: { savedCardId: id('SavedCard'), amount: '10.00' } },
    ],
    'Mutation.chargeSavedCard': [
      {
        input: { savedCardId: id('SavedCard'), securityCode: CVV, amount: '10.00', payer: { document: CPF }, description: 'Order 1', reference: 'order-1', idempotencyKey: 'k-1' },
      },
    ],
    'Mutation.createAutomaticPixAuthorization': [
      {
        input: {
          payer: party,
          contractDebtor: party,
          creditors: [{ name: 'Loja Exemplo Ltda', document: CNPJ }],
          participantIspb: '60701190',
          contractReference: 'CONTRACT-1',
          description: 'Gym',
          minAmount: '10.00',
          maxAmount: '150.00',
          periodicity: 'P1M',
          startDate: today,
          firstPayment: { amount: '10.00', date: simDate(app, 1) },
          idempotencyKey: 'k-1',
        },
      },
    ],
    'Mutation.createAutomaticPixPayment': [
      { input: { authorizationId: id('AutomaticPixAuthorization'), amount: '10.00', dueDate: simDate(app, 10), description: 'March', reference: 'r-1', idempotencyKey: 'k-1' } },
    ],
    'Mutation.createCardRecurrence': [
      {
        input: {
          card,
          securityCode: CVV,
          amount: '49.90',
          frequency: 'MONTHLY',
          type: 'LIMITED_TIMES',
          count: 3,
          startDate: today,
          payer: { document: CPF },
          description: 'Plan',
          reference: 'sub-1',
          idempotencyKey: 'k-1',
        },
      },
    ],
    'Mutation.createClientToken': [{ input: { subjectId: id('PixCharge'), ttlSeconds: 60, origin: new URL(app.url).origin } }],
    'Mutation.createPaymentLink': [{ input: { payer: party, amount: '100.00', description: 'Order 1', reference: 'order-1', idempotencyKey: 'k-1' } }],
    'Mutation.createPixCharge': [{ input: { amount: '10.00', debtor: party, description: 'Order 1', reference: 'order-1', idempotencyKey: 'k-1' } }],
    'Mutation.createPixPayoutBatch': [
      {
        input: {
          idempotencyKey: 'k-1',
          reference: 'payroll',
          debitAccount: { agency: '1234', account: '987654321', accountDigit: '5', accountType: 'CHECKING' },
          payments: [
            {
              paymentId: 'PAY-1',
              pixKey: { type: 'EMAIL', value: 'ana@example.com' },
              amount: '1.50',
              beneficiaryName: 'Ana',
              description: 'Salary',
              reference: 'R-1',
              scheduledDate: today,
            },
          ],
        },
      },
    ],
    'Mutation.createDueDatePixCharge': [
      { input: { provider: 'PIX_API', amount: '10.00', ...dueDateTerms, discount: fixedDateDiscount, idempotencyKey: 'due-1' } },
      { input: { provider: 'PIX_API', amount: '10.00', ...dueDateTerms, discount: perDayDiscount, idempotencyKey: 'due-2' } },
    ],
    'Mutation.updateDueDatePixCharge': [
      { input: { id: dueDateChargeId, amount: '10.00', ...dueDateTerms, discount: fixedDateDiscount } },
      { input: { id: dueDateChargeId, discount: perDayDiscount } },
    ],
    'Mutation.cancelDueDatePixCharge': [{ input: { id: dueDateChargeId } }],
    'Mutation.simulateDueDatePixChargePayment': [{ input: { id: dueDateChargeId } }],
    'Mutation.createStaticPixQrCode': [{ input: { amount: '10.00', description: 'Donation', reference: 'ORDER42' } }],
    'Mutation.deleteSavedCard': [{ input: { savedCardId: id('SavedCard') } }],
    'Mutation.deleteWebhook': [{ input: { id: id('Webhook') } }],
    'Mutation.refundPixCharge': [{ input: { chargeId: id('PixCharge'), amount: '1.00', reason: 'Returned', idempotencyKey: 'k-1' } }],
    'Mutation.registerWebhook': [{ input: { eventType: 'CARD_CHARGEBACK', url: 'https://hooks.example.com/astra' } }],
    'Mutation.releasePixPayoutBatch': [{ input: { batchId: id('PixPayoutBatch') } }],
    'Mutation.retryAutomaticPixPayment': [{ input: { paymentId: id('AutomaticPixPayment'), scheduledDate: simDate(app, 1), idempotencyKey: 'k-1' } }],
    'Mutation.saveCard': [{ input: { card, holderDocument: CPF, reference: 'card-1' } }],
    'Mutation.simulatePixChargePayment': [{ input: { chargeId: id('PixCharge'), payer: party } }],
    'Mutation.updateWebhook': [{ input: { id: id('Webhook'), url: 'https://hooks.example.com/astra' } }],
    'Subscription.automaticPixAuthorizationUpdated': [{ id: id('AutomaticPixAuthorization') }],
    'Subscription.automaticPixPaymentUpdated': [{ id: id('AutomaticPixPayment') }],
    'Subscription.cardRecurrenceUpdated': [{ id: id('CardRecurrence') }],
    'Subscription.cardTransactionUpdated': [{ id: id('CardTransaction') }],
    'Subscription.paymentEvents': [{ filter: { subjectId: id('PixCharge') } }],
    'Subscription.paymentLinkUpdated': [{ id: id('PaymentLink') }],
    'Subscription.pixChargeUpdated': [{ id: id('PixCharge') }],
    'Subscription.dueDatePixChargeUpdated': [{ id: dueDateChargeId }],
    'Subscription.pixPayoutBatchUpdated': [{ id: id('PixPayoutBatch') }],
    'Subscription.pixPayoutUpdated': [{ id: id('PixPayout') }],
  };
}
