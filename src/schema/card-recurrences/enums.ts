import { registerEnumType } from 'type-graphql';
import { CardRecurrenceCancelReason, CardRecurrenceFrequency, CardRecurrenceScheduleStatus, CardRecurrenceStatus, CardRecurrenceType } from '../../domain/card-recurrences/model';

import { CardRecurrenceAttemptOutcome } from '../../domain/card-recurrences/attempts';

export { CardRecurrenceAttemptOutcome };
export { CardRecurrenceCancelReason, CardRecurrenceFrequency, CardRecurrenceScheduleStatus, CardRecurrenceStatus, CardRecurrenceType };

registerEnumType(CardRecurrenceStatus, {
  name: 'CardRecurrenceStatus',
  description: 'Normalized status of a card recurrence.',
  valuesConfig: {
    ACTIVE: { description: 'Charging on schedule.' },
    COMPLETED: { description: 'LIMITED_TIMES and every planned charge is final. Terminal.' },
    CANCELLED: { description: 'Cancelled by you, or by the provider after a charge failed maxAttempts times (see cancelReason). Terminal.' },
    UNKNOWN: { description: 'A status Paygraph does not know yet; see providerStatus.' },
  },
});

registerEnumType(CardRecurrenceFrequency, { name: 'CardRecurrenceFrequency', description: 'How often the card is charged, counted from startDate.' });

registerEnumType(CardRecurrenceType, {
  name: 'CardRecurrenceType',
  description: 'How long a recurrence runs.',
  valuesConfig: {
    LIMITED_TIMES: { description: 'A fixed number of charges (`count`).' },
    INDETERMINATE: { description: 'Until cancelled.' },
  },
});

registerEnumType(CardRecurrenceCancelReason, {
  name: 'CardRecurrenceCancelReason',
  description: 'Why a recurrence was cancelled.',
  valuesConfig: {
    CLIENT_REQUEST: { description: 'cancelCardRecurrence (or the provider portal).' },
    MAX_ATTEMPTS_REACHED: { description: 'A charge was declined maxAttempts times (one attempt a day).' },
    OTHER: { description: 'A reason Paygraph does not know yet.' },
  },
});

registerEnumType(CardRecurrenceScheduleStatus, {
  name: 'CardRecurrenceScheduleStatus',
  description: 'Status of one planned charge.',
  valuesConfig: {
    SCHEDULED: { description: 'Pending, including between retries of a declined charge.' },
    PAID: { description: 'A charge was approved; see transaction.' },
    FAILED: { description: 'Declined maxAttempts times; the recurrence is cancelled (MAX_ATTEMPTS_REACHED).' },
    CANCELLED: { description: 'Skipped with cancelCardRecurrenceSchedule, or dropped when the recurrence was cancelled.' },
    UNKNOWN: { description: 'A status Paygraph does not know yet; see providerStatus.' },
  },
});

registerEnumType(CardRecurrenceAttemptOutcome, {
  name: 'CardRecurrenceAttemptOutcome',
  description: 'How one charge attempt of a card recurrence ended.',
  valuesConfig: {
    PAID: { description: 'The card was charged.' },
    DECLINED: { description: 'The charge was declined; the schedule is retried the next day, or FAILED after maxAttempts.' },
  },
});
