import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { CardRecurrenceRecord } from './model';
import { CARD_RECURRENCES, type CardRecurrencePort } from './port';
import { recentSchedules, latestAttempt } from './attempts';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, recurrenceId)`. */
    cardRecurrence: DataLoader<string, CardRecurrenceRecord>;
    /**
     * The same, with `attempt` set to its latest charge attempt (schedules read first): what
     * cardRecurrenceUpdated starts from, so an attempt already made is not sent again as new.
     */
    cardRecurrenceWithAttempt: DataLoader<string, CardRecurrenceRecord>;
  }
}

export function cardRecurrenceLoaders(ports: PortRegistry) {
  return {
    cardRecurrence: new DataLoader<string, CardRecurrenceRecord>((keys) => settleEach(keys, (provider, id) => ports.get(CARD_RECURRENCES, provider).get(id))),
    cardRecurrenceWithAttempt: new DataLoader<string, CardRecurrenceRecord>((keys) =>
      settleEach(keys, (provider, id) => withLatestAttempt(ports.get(CARD_RECURRENCES, provider), id)),
    ),
  };
}

async function withLatestAttempt(port: CardRecurrencePort, recurrenceId: string): Promise<CardRecurrenceRecord> {
  const schedules = await recentSchedules(port, recurrenceId);
  const recurrence = await port.get(recurrenceId);
  const attempt = latestAttempt(schedules);
  return attempt ? { ...recurrence, attempt } : recurrence;
}
