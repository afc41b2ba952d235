import type { ProviderHttp } from '../../http/provider-http';
import type { Page } from '../../../domain/models';
import type { CardRecurrenceRecord, CardRecurrenceScheduleRecord, CardRecurrenceScheduleStatus } from '../../../domain/card-recurrences/model';
import type { CardRecurrenceLimits, CardRecurrencePort, CardRecurrenceQuery, CreateCardRecurrenceCommand } from '../../../domain/card-recurrences/port';
import { NotSupportedError } from '../../../errors/domain-errors';
import { fetchWindow } from '../../paging';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import type { AstraPage } from '../wire';
import { withoutCardData } from '../without-card-data';
import { createRecurrenceToWire, recurrenceFromWire, recurrenceStatusToWire, scheduleFromWire } from './transformers';
import type { AstraCardRecurrenceWire, AstraCardScheduleWire } from './wire';
import { pathSegment } from '../../path-segment';

const PATH = A.cardRecurrences.path;
const SCHEDULE_WIRE: Record<CardRecurrenceScheduleStatus, string | undefined> = {
  SCHEDULED: 'SCHEDULED',
  PAID: 'PAID',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELED',
  UNKNOWN: undefined,
};

/** Astra card recurrences (ASM-A47…A49). */
export class AstraCardRecurrences implements CardRecurrencePort {
  readonly code = 'ASTRA' as const;
  readonly limits: CardRecurrenceLimits = A.cardRecurrences;

  constructor(private readonly http: ProviderHttp) {}

  async create(command: CreateCardRecurrenceCommand): Promise<CardRecurrenceRecord> {
    // Not retried automatically (ProviderHttp's POST default): Astra has no idempotency (ASM-A05).
    const secrets = [command.card.number.digits(), command.securityCode.code()];
    const response = await withoutCardData(secrets, () => this.http.post<AstraCardRecurrenceWire>(PATH, { json: createRecurrenceToWire(command) }));
    return recurrenceFromWire(response.body);
  }

  async get(recurrenceId: string): Promise<CardRecurrenceRecord> {
    const response = await this.http.get<AstraCardRecurrenceWire>(`${PATH}/${pathSegment(recurrenceId)}`);
    return recurrenceFromWire(response.body);
  }

  list(query: CardRecurrenceQuery): Promise<Page<CardRecurrenceRecord>> {
    // UNKNOWN has no wire value: dropping the filter would list every recurrence instead.
    if (query.status && !recurrenceStatusToWire(query.status))
      return Promise.reject(new NotSupportedError(`ASTRA cannot filter card recurrences by status ${query.status}.`, { provider: 'ASTRA' }));
    const filters = { status: query.status ? recurrenceStatusToWire(query.status) : undefined, userReference: query.reference, document: query.payerDocument };
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraCardRecurrenceWire>>(PATH, { searchParams: { ...filters, page, size } });
      return { items: response.body.content.map(recurrenceFromWire), totalElements: response.body.totalElements };
    });
  }

  async cancel(recurrenceId: string): Promise<CardRecurrenceRecord> {
    const response = await this.http.put<AstraCardRecurrenceWire>(`${PATH}/${pathSegment(recurrenceId)}/cancel`);
    return recurrenceFromWire(response.body);
  }

  listSchedules(recurrenceId: string, offset: number, limit: number, status?: CardRecurrenceScheduleStatus): Promise<Page<CardRecurrenceScheduleRecord>> {
    const path = `${PATH}/${pathSegment(recurrenceId)}/schedules`;
    return fetchWindow(offset, limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraCardScheduleWire>>(path, { searchParams: { status: status && SCHEDULE_WIRE[status], page, size } });
      return { items: response.body.content.map(scheduleFromWire), totalElements: response.body.totalElements };
    });
  }

  async cancelSchedule(recurrenceId: string, scheduleId: string): Promise<CardRecurrenceScheduleRecord> {
    const response = await this.http.put<AstraCardScheduleWire>(`${PATH}/${pathSegment(recurrenceId)}/schedules/${pathSegment(scheduleId)}/cancel`);
    return scheduleFromWire(response.body);
  }
}
