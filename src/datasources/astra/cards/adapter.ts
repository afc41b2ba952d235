import type { ProviderHttp } from '../../http/provider-http';
import type { Page } from '../../../domain/models';
import type { CardTransactionRecord, SavedCardRecord } from '../../../domain/cards/model';
import type { CardLimits, CardPort, CardTransactionQuery, ChargeCardCommand, SaveCardCommand } from '../../../domain/cards/port';
import { NotSupportedError } from '../../../errors/domain-errors';
import { systemClock, type Clock } from '../../../lib/clock';
import { fetchWindow } from '../../paging';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { brasiliaDay } from '../../../lib/brasilia-calendar';
import type { AstraPage } from '../wire';
import { withoutCardData } from '../without-card-data';
import { attemptTag, cardStatusToWire, chargeToWire, saveCardToWire, savedCardFromWire, transactionFromWire } from './transformers';
import type { AstraCardTransactionWire, AstraTokenizedCardWire } from './wire';
import { pathSegment } from '../../path-segment';

const P = A.cards.paths;
const DAY_MS = 86_400_000;

/** Astra credit cards: transactions (ASM-A45/A46) and tokenized cards (ASM-A50). */
export class AstraCards implements CardPort {
  readonly code = 'ASTRA' as const;
  readonly limits: CardLimits = A.cards;

  constructor(
    private readonly http: ProviderHttp,
    private readonly clock: Clock = systemClock,
  ) {}

  async charge(command: ChargeCardCommand): Promise<CardTransactionRecord> {
    const secrets = 'card' in command ? [command.card.number.digits(), command.securityCode.code()] : [command.securityCode?.code()];
    // Not retried automatically: Astra has no idempotency (ASM-A05); runCharge reconciles instead.
    const path = 'card' in command ? P.credit : P.tokenizedCredit;
    const response = await withoutCardData(secrets, () => this.http.post<AstraCardTransactionWire>(path, { json: chargeToWire(command) }));
    return transactionFromWire(response.body);
  }

  async getTransaction(transactionId: string): Promise<CardTransactionRecord> {
    const response = await this.http.get<AstraCardTransactionWire>(`${P.credit}/${pathSegment(transactionId)}`);
    return transactionFromWire(response.body);
  }

  listTransactions(query: CardTransactionQuery): Promise<Page<CardTransactionRecord>> {
    // UNKNOWN has no wire value: dropping the filter would list every transaction instead.
    if (query.status && !cardStatusToWire(query.status))
      return Promise.reject(new NotSupportedError(`ASTRA cannot filter card transactions by status ${query.status}.`, { provider: 'ASTRA' }));
    const filters = {
      ...this.dateWindow(query),
      status: query.status ? cardStatusToWire(query.status) : undefined,
      userReference: query.reference,
      nsu: query.nsu,
      cardToken: query.savedCardToken,
      recurrenceId: query.recurrenceId,
    };
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraCardTransactionWire>>(P.credit, { searchParams: { ...filters, page, size } });
      return { items: response.body.content.map(transactionFromWire), totalElements: response.body.totalElements };
    });
  }

  /**
   * The default window keeps an unfiltered list cheap. A recurrence's charges span its whole life
   * (a yearly one outlives any window), and the recurrence filter is narrow enough on its own.
   */
  private dateWindow(query: CardTransactionQuery): { startDate?: string; endDate?: string } {
    if (query.recurrenceId && !query.createdFrom && !query.createdTo) return {};
    const to = query.createdTo ?? this.clock.now();
    const from = query.createdFrom ?? new Date(to.getTime() - A.defaultListWindowDays * DAY_MS);
    return { startDate: brasiliaDay(from), endDate: brasiliaDay(to) };
  }

  /** Scans at most `reconcileMaxPages` pages of transactions since `since` for a description marker. */
  async findByAttemptTags(tags: string[], since: Date, reference?: string): Promise<CardTransactionRecord[]> {
    const markers = tags.map(attemptTag);
    const searchParams = {
      startDate: brasiliaDay(since),
      endDate: brasiliaDay(this.clock.now()),
      userReference: reference,
      size: A.maxPageSize,
    };
    // Every page is read: two tagged transactions mean a duplicate, which the caller reports.
    const found: CardTransactionRecord[] = [];
    for (let page = 0; page < A.cards.reconcileMaxPages; page++) {
      const response = await this.http.get<AstraPage<AstraCardTransactionWire>>(P.credit, { searchParams: { ...searchParams, page } });
      for (const wire of response.body.content) if (markers.some((marker) => wire.description?.endsWith(marker))) found.push(transactionFromWire(wire));
      if (page + 1 >= response.body.totalPages) break;
    }
    return found.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
  }

  async cancel(transactionId: string): Promise<CardTransactionRecord> {
    // An action, not a state write: never retried after an unknown outcome (ASM-A05); the guard's window decides.
    const response = await this.http.put<AstraCardTransactionWire>(`${P.credit}/${pathSegment(transactionId)}/cancel`, { idempotent: false });
    return transactionFromWire(response.body);
  }

  async saveCard(command: SaveCardCommand): Promise<SavedCardRecord> {
    const response = await withoutCardData([command.card.number.digits()], () => this.http.post<AstraTokenizedCardWire>(P.tokenized, { json: saveCardToWire(command) }));
    return savedCardFromWire(response.body);
  }

  async getSavedCard(token: string): Promise<SavedCardRecord> {
    const response = await this.http.get<AstraTokenizedCardWire>(`${P.tokenized}/${pathSegment(token)}`);
    return savedCardFromWire(response.body);
  }

  listSavedCards(offset: number, limit: number): Promise<Page<SavedCardRecord>> {
    return fetchWindow(offset, limit, async (page, size) => {
      const response = await this.http.get<AstraPage<AstraTokenizedCardWire>>(P.tokenized, { searchParams: { page, size } });
      return { items: response.body.content.map(savedCardFromWire), totalElements: response.body.totalElements };
    });
  }

  async deleteSavedCard(token: string): Promise<SavedCardRecord> {
    const response = await this.http.delete<AstraTokenizedCardWire>(`${P.tokenized}/${pathSegment(token)}`);
    return savedCardFromWire(response.body);
  }
}
