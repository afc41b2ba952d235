import { reais } from '../validation';
import { pendingOf, type SimRecurrence, type SimSchedule } from './recurrence-service';

/** ASM-A48/A49 wire objects of the simulator's recurrences and schedules (card data masked). */
export function recurrenceToWire(r: SimRecurrence): Record<string, unknown> {
  return {
    recurrenceId: r.recurrenceId,
    status: r.status,
    cancelReason: r.cancelReason,
    recurrenceType: r.recurrenceType,
    recurrenceFrequency: r.recurrenceFrequency,
    startDate: r.startDate,
    numberInstallments: r.numberInstallments,
    executedInstallments: r.schedules.filter((s) => s.status !== 'SCHEDULED').length,
    nextScheduleDate: pendingOf(r)?.scheduledDate ?? null,
    amount: reais(r.amountCents),
    maxAttempts: r.maxAttempts,
    cardBrand: r.card.brand,
    maskedCardNumber: r.card.masked,
    nameCreditCard: r.card.holderName,
    document: r.document,
    description: r.description,
    userReference: r.userReference,
    infoData: r.infoData,
    createdAt: new Date(r.createdAtMs).toISOString(),
    canceledAt: r.canceledAtMs === null ? null : new Date(r.canceledAtMs).toISOString(),
  };
}

export function scheduleToWire(r: SimRecurrence, s: SimSchedule): Record<string, unknown> {
  return {
    scheduleId: s.scheduleId,
    recurrenceId: r.recurrenceId,
    installmentNumber: s.installmentNumber,
    scheduledDate: s.scheduledDate,
    amount: reais(r.amountCents),
    status: s.status,
    attempts: s.attempts,
    transactionId: s.transactionId,
    paidAt: s.paidAtMs === null ? null : new Date(s.paidAtMs).toISOString(),
    updatedAt: new Date(s.updatedAtMs).toISOString(),
  };
}
