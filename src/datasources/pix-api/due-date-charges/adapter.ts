import type { ProviderHttp } from '../../http/provider-http';
import type { Page } from '../../../domain/models';
import type { DueDatePixChargeRecord } from '../../../domain/due-date-charges/model';
import type {
  CreateDueDatePixChargeCommand,
  CreateKey,
  DueDateChargeListQuery,
  DueDatePixChargeLimits,
  DueDatePixChargePort,
  UpdateDueDatePixChargeCommand,
} from '../../../domain/due-date-charges/port';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import { fetchWindow } from '../../paging';
import { deriveTxid } from '../derived-ids';
import { withInputFields, type ViolationFields } from '../errors';
import { PIX_API_DUE_DATE_ASSUMPTIONS as A } from './assumptions';
import { CANCEL_PATCH, chargeFromWire, createToWire, statusToWire, updateToWire } from './transformers';
import type { CobVListWire, CobVWire } from './wire';

/** Which input field a `violacoes[].propriedade` of a cobv write names (longest prefix wins). */
const VIOLATION_FIELDS: ViolationFields = {
  'cobv.valor.original': ['input', 'amount'],
  'cobv.calendario.dataDeVencimento': ['input', 'dueDate'],
  'cobv.calendario.validadeAposVencimento': ['input', 'daysValidAfterDueDate'],
  'cobv.devedor': ['input', 'debtor'],
  'cobv.devedor.nome': ['input', 'debtor', 'name'],
  'cobv.devedor.cpf': ['input', 'debtor', 'document'],
  'cobv.devedor.cnpj': ['input', 'debtor', 'document'],
  'cobv.valor.multa': ['input', 'fine'],
  'cobv.valor.juros': ['input', 'interest'],
  'cobv.valor.abatimento': ['input', 'rebate'],
  'cobv.valor.desconto': ['input', 'discount'],
  'cobv.solicitacaoPagador': ['input', 'description'],
  solicitacaoPagador: ['input', 'description'],
};

/** Who this PSP account is: the derived txids are keyed by it, the Pix key goes into every body. */
export interface PixApiAccount {
  pspClientId: string;
  pixKey: string;
}

/** The API Pix's charges with a due date (`/cobv`): create at a derived txid, read, revise, cancel, list. */
export class PixApiDueDatePixCharges implements DueDatePixChargePort {
  readonly code = 'PIX_API' as const;
  readonly limits: DueDatePixChargeLimits = A.limits;

  constructor(
    private readonly http: ProviderHttp,
    private readonly account: PixApiAccount,
  ) {}

  /**
   * `PUT /cobv/{txid}` at the txid derived from (client, key): a repeat names the same charge, so
   * the HTTP client may retry it. After an attempt whose answer was lost, read first (ASM-X54).
   */
  async create(command: CreateDueDatePixChargeCommand, key: CreateKey): Promise<DueDatePixChargeRecord> {
    const txid = deriveTxid({ pspClientId: this.account.pspClientId, clientId: key.clientId, idempotencyKey: key.idempotencyKey }, 'cobv');
    if (key.earlierAttempt) {
      const existing = await this.find(txid);
      if (existing) return existing;
    }
    try {
      const response = await this.http.put<CobVWire>(A.paths.cobv(txid), { json: createToWire(command, this.account.pixKey) });
      return chargeFromWire(response.body);
    } catch (error) {
      throw withInputFields(error, VIOLATION_FIELDS);
    }
  }

  async get(txid: string): Promise<DueDatePixChargeRecord> {
    const response = await this.http.get<CobVWire>(A.paths.cobv(txid));
    return chargeFromWire(response.body);
  }

  /** `PATCH` is not retried automatically (the default for PATCH): a revision bumps `revisao`. */
  async update(txid: string, command: UpdateDueDatePixChargeCommand): Promise<DueDatePixChargeRecord> {
    try {
      const response = await this.http.patch<CobVWire>(A.paths.cobv(txid), { json: updateToWire(command) });
      return chargeFromWire(response.body);
    } catch (error) {
      throw withInputFields(error, VIOLATION_FIELDS);
    }
  }

  /**
   * Not retried by the HTTP client: the PSP refuses a PATCH of a charge that is no longer ATIVA, so
   * a re-sent cancel whose first answer was lost would be refused. The mutation, repeated, reads
   * the charge first and answers it CANCELLED.
   */
  async cancel(txid: string): Promise<DueDatePixChargeRecord> {
    const response = await this.http.patch<CobVWire>(A.paths.cobv(txid), { json: CANCEL_PATCH });
    return chargeFromWire(response.body);
  }

  list(query: DueDateChargeListQuery): Promise<Page<DueDatePixChargeRecord>> {
    const status = query.status ? statusToWire(query.status) : undefined;
    // UNKNOWN is a status Paygraph did not recognise: no PSP value matches it.
    if (query.status && !status) return Promise.resolve({ items: [], totalCount: 0, hasNextPage: false });
    return fetchWindow(query.offset, query.limit, async (page, size) => {
      const response = await this.http.get<CobVListWire>(A.paths.cobvList, {
        searchParams: {
          inicio: query.createdFrom.toISOString(),
          fim: query.createdTo.toISOString(),
          status,
          ...(query.debtorDocument ? { [query.debtorDocument.length === 11 ? 'cpf' : 'cnpj']: query.debtorDocument } : {}),
          'paginacao.paginaAtual': page,
          'paginacao.itensPorPagina': size,
        },
      });
      return { items: response.body.cobs.map(chargeFromWire), totalElements: response.body.parametros.paginacao.quantidadeTotalDeItens };
    });
  }

  private async find(txid: string): Promise<DueDatePixChargeRecord | undefined> {
    try {
      return await this.get(txid);
    } catch (error) {
      if (error instanceof ProviderNotFoundError) return undefined;
      throw error;
    }
  }
}
