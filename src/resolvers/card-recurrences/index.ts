import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { cardRecurrenceLoaders } from '../../domain/card-recurrences/loaders';
import { CardRecurrenceResolver } from './card-recurrence.resolver';
import {
  CardRecurrenceAttemptFieldResolver,
  CardRecurrenceFieldsResolver,
  CardRecurrenceScheduleFieldsResolver,
  CardTransactionRecurrenceResolver,
} from './card-recurrence-fields.resolver';
import { CardRecurrenceUpdatedResolver } from './card-recurrence-updated.resolver';
import { CARD_RECURRENCE_EVENTS } from '../../domain/card-recurrences/events';
import { cardRecurrenceTabs } from './graphiql-tabs';
import { cardRecurrenceSubjectWatcher } from './watch';
import { CardRecurrencePaymentObjectResolver } from './payment-object.resolver';

/** Card recurrences (Astra): a card charged on a schedule; each charge is a CardTransaction of the cards family. */
export const cardRecurrencesFamily: Family = {
  name: 'CardRecurrences',
  resolvers: [
    CardRecurrenceResolver,
    CardRecurrenceFieldsResolver,
    CardRecurrenceAttemptFieldResolver,
    CardRecurrenceScheduleFieldsResolver,
    CardTransactionRecurrenceResolver,
    CardRecurrenceUpdatedResolver,
    CardRecurrencePaymentObjectResolver,
  ],
  createLoaders: cardRecurrenceLoaders,
  nodeFetchers: {
    CardRecurrence: (ctx, provider, id) => ctx.loaders.cardRecurrence.load(loaderKey(provider, id)),
  },
  // Astra sends no webhook for a declined attempt that will be retried: subscribed recurrences are polled.
  subjectWatcher: ({ ports, bus, pollers }) => cardRecurrenceSubjectWatcher({ ports, bus }, pollers),
  eventTypes: CARD_RECURRENCE_EVENTS,
  graphiqlTabs: cardRecurrenceTabs,
};
