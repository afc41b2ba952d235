import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey } from '../loaders';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import type { ProviderCode } from '../../providers';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { CardRecurrenceScheduleStatus, CardRecurrenceStatus, type CardRecurrenceRecord, type CardRecurrenceScheduleRecord } from './model';
import { CARD_RECURRENCES } from './port';
import { failedRecurrence, type CardRecurrenceResult } from './create-card-recurrence';
import { findSchedule } from './schedules';

export interface CancelScheduleResult {
  schedule: CardRecurrenceScheduleRecord | null;
  cardRecurrence: CardRecurrenceRecord | null;
  userErrors: UserErrorShape[];
}

export interface CancelCardRecurrenceArgs {
  recurrenceId: string;
}

export interface CancelCardRecurrenceScheduleArgs {
  recurrenceId: string;
  scheduleId: string;
}

type Found = { provider: ProviderCode; recurrence: CardRecurrenceRecord } | { error: UserErrorShape };

/** The recurrence a global id names, read from the provider, or the user error saying why not. */
async function recurrenceOf(deps: Pick<UseCaseDeps, 'loaders'>, globalId: string): Promise<Found> {
  const id = decodeGlobalId(globalId);
  const path = ['input', 'recurrenceId'];
  if (!id || id.type !== 'CardRecurrence') return { error: userError(path, UserErrorCode.INVALID, 'recurrenceId is not a CardRecurrence id.') };
  try {
    return { provider: id.provider, recurrence: await deps.loaders.cardRecurrence.load(loaderKey(id.provider, id.providerId)) };
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { error: userError(path, UserErrorCode.NOT_FOUND, 'No such card recurrence.') };
    throw error;
  }
}

/**
 * Cancels an ACTIVE recurrence (ASM-A48): its pending charge is dropped; charges already made stay
 * (cancel those with cancelCardTransaction). Safe to repeat: a second cancel answers INVALID_STATE
 * without asking the provider to act.
 */
export async function cancelCardRecurrence(input: CancelCardRecurrenceArgs, deps: UseCaseDeps): Promise<CardRecurrenceResult> {
  const found = await recurrenceOf(deps, input.recurrenceId);
  if ('error' in found) return failedRecurrence([found.error]);
  const { provider, recurrence } = found;
  if (recurrence.status !== CardRecurrenceStatus.ACTIVE)
    return failedRecurrence([userError(['input', 'recurrenceId'], UserErrorCode.INVALID_STATE, `Only ACTIVE recurrences can be cancelled; this one is ${recurrence.status}.`)]);
  try {
    const cancelled = await deps.ports.get(CARD_RECURRENCES, provider).cancel(recurrence.recurrenceId);
    deps.loaders.cardRecurrence.clear(loaderKey(provider, recurrence.recurrenceId)).prime(loaderKey(provider, recurrence.recurrenceId), cancelled);
    return { cardRecurrence: cancelled, userErrors: [] };
  } catch (error) {
    return failedRecurrence([providerRejectionAsUserError(error)]);
  }
}

/**
 * Skips one pending charge (ASM-A49 "Cancel schedulling"): only a SCHEDULED schedule; the
 * recurrence goes on with the next one, and the skipped one still counts toward `count`.
 */
export async function cancelCardRecurrenceSchedule(input: CancelCardRecurrenceScheduleArgs, deps: UseCaseDeps): Promise<CancelScheduleResult> {
  const failed = (error: UserErrorShape): CancelScheduleResult => ({ schedule: null, cardRecurrence: null, userErrors: [error] });
  const found = await recurrenceOf(deps, input.recurrenceId);
  if ('error' in found) return failed(found.error);
  const { provider, recurrence } = found;
  const port = deps.ports.get(CARD_RECURRENCES, provider);
  const schedule = await findSchedule(port, recurrence.recurrenceId, input.scheduleId);
  if (!schedule) return failed(userError(['input', 'scheduleId'], UserErrorCode.NOT_FOUND, 'This recurrence has no schedule with this id.'));
  if (schedule.status !== CardRecurrenceScheduleStatus.SCHEDULED)
    return failed(userError(['input', 'scheduleId'], UserErrorCode.INVALID_STATE, `Only SCHEDULED charges can be cancelled; this one is ${schedule.status}.`));
  try {
    const cancelled = await port.cancelSchedule(recurrence.recurrenceId, schedule.scheduleId);
    deps.loaders.cardRecurrence.clear(loaderKey(provider, recurrence.recurrenceId));
    return { schedule: cancelled, cardRecurrence: await deps.loaders.cardRecurrence.load(loaderKey(provider, recurrence.recurrenceId)), userErrors: [] };
  } catch (error) {
    return failed(providerRejectionAsUserError(error));
  }
}
