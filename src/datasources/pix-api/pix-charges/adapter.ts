import type { Page } from '../../../domain/models';
import { PixChargeStatus, type PixChargeRecord } from '../../../domain/pix-charges/model';
import type { ChargeListQuery, CreatePixChargeCommand, IdempotencyScope, PixChargeListPort, PixChargePort } from '../../../domain/pix-charges/port';
import type { PixChargeCancelPort } from '../../../domain/pix-charges/cancel-pix-charge';
import { NotSupportedError, ProviderRejectedError } from '../../../errors/domain-errors';
import { systemClock, type Clock } from '../../../lib/clock';
import type { ProviderHttp } from '../../http/provider-http';
import { PIX_API_ASSUMPTIONS as A } from '../assumptions';
import { deriveTxid, randomPixApiId } from '../derived-ids';
import { PixApiProblemError, withInputFields, type ViolationFields } from '../errors';
import { chargeFromWire, cobRequestToWire, sameCharge } from './transformers';
import type { PixApiCobListWire, PixApiCobWire } from './wire';

/** Which createPixCharge input a violated `cob` property comes from (ASM-X13). */
const COB_FIELDS: ViolationFields = {
  'cob.valor': ['input', 'amount'],
  'cob.calendario.expiracao': ['input', 'expiresIn'],
  'cob.calendario': ['input', 'expiresIn'],
  'cob.devedor': ['input', 'debtor'],
  'cob.solicitacaoPagador': ['input', 'description'],
  solicitacaoPagador: ['input', 'description'],
  'cob.infoAdicionais': ['input', 'reference'],
  infoAdicionais: ['input', 'reference'],
};

const STATUS_TO_WIRE: Partial<Record<PixChargeStatus, string>> = {
  [PixChargeStatus.ACTIVE]: A.status.active,
  [PixChargeStatus.PAID]: A.status.completed,
  [PixChargeStatus.CANCELLED]: A.status.removedByReceiver,
};

const DAY_MS = 86_400_000;

export interface PixApiChargeOptions {
  /** PIX_API_CLIENT_ID: the key of derived ids (derived-ids.ts). */
  pspClientId: string;
  /** PIX_API_PIX_KEY: `chave` of every cob. */
  pixKey: string;
  clock?: Clock;
}

/**
 * Immediate charges (`cob`) of the API Pix: create `PUT /cob/{txid}` with a txid derived from the
 * caller's idempotency key (ASM-X07), read `GET /cob/{txid}`, list `GET /cob`, cancel `PATCH`.
 */
export class PixApiPixCharges implements PixChargePort, PixChargeListPort, PixChargeCancelPort {
  readonly code = 'PIX_API' as const;
  readonly idempotentByKey = true;
  readonly limits = {
    minAmountCents: A.charge.minAmountCents,
    maxAmountCents: A.charge.maxAmountCents,
    descriptionMax: A.charge.descriptionMax,
    referenceMax: A.charge.referenceMax,
    debtorNameMax: A.charge.nameMax,
    expiresInMin: A.charge.expiresInMin,
    expiresInMax: A.charge.expiresInMax,
  };
  // `GET /cob` filters by status and by the debtor's CPF/CNPJ, inside a required creation window.
  readonly listFilters = { status: true, reference: false, debtorDocument: true, createdRange: true };
  private readonly clock: Clock;

  constructor(
    private readonly http: ProviderHttp,
    private readonly options: PixApiChargeOptions,
  ) {
    this.clock = options.clock ?? systemClock;
  }

  async createCharge(command: CreatePixChargeCommand, idempotency?: IdempotencyScope): Promise<PixChargeRecord> {
    if (command.onlyDebtorMayPay) throw onlyDebtorNotSupported();
    const txid = idempotency ? deriveTxid({ pspClientId: this.options.pspClientId, clientId: idempotency.clientId, idempotencyKey: idempotency.key }) : randomPixApiId();
    const body = cobRequestToWire(command, this.options.pixKey);
    try {
      const response = await this.http.put<PixApiCobWire>(A.paths.cob(txid), { json: body });
      return chargeFromWire(response.body, this.clock.now());
    } catch (error) {
      // ASM-X07: the derived txid exists and is no longer ATIVA (paid or removed since the lost
      // attempt): the PSP refuses to revise it. It is this request's charge if it says the same.
      if (idempotency && error instanceof PixApiProblemError) {
        const existing = await this.readIfExists(txid);
        if (existing && sameCharge(existing, body)) return chargeFromWire(existing, this.clock.now());
      }
      throw withInputFields(error, COB_FIELDS);
    }
  }

  async getCharge(txid: string): Promise<PixChargeRecord> {
    const response = await this.http.get<PixApiCobWire>(A.paths.cob(txid));
    return chargeFromWire(response.body, this.clock.now());
  }

  /** `PATCH /cob/{txid}` with status REMOVIDA_PELO_USUARIO_RECEBEDOR (ASM-X10); only an ATIVA cob can be removed. */
  async cancelCharge(txid: string): Promise<PixChargeRecord> {
    const response = await this.http.patch<PixApiCobWire>(A.paths.cob(txid), { json: { status: A.status.removedByReceiver }, idempotent: true });
    return chargeFromWire(response.body, this.clock.now());
  }

  /** ASM-X12: `inicio`/`fim` are required; the offset window becomes `paginaAtual`/`itensPorPagina` pages. */
  async listCharges(query: ChargeListQuery): Promise<Page<PixChargeRecord>> {
    let wireStatus: string | undefined;
    if (query.status !== undefined) {
      wireStatus = STATUS_TO_WIRE[query.status];
      if (wireStatus === undefined) throw new NotSupportedError(`PIX_API cannot filter charges by status ${query.status}.`, { provider: 'PIX_API' });
    }
    const now = this.clock.now();
    const fim = query.createdTo ?? now;
    const inicio = query.createdFrom ?? new Date(fim.getTime() - A.list.defaultWindowDays * DAY_MS);
    const document = query.debtorDocument;
    const filters = {
      inicio: inicio.toISOString(),
      fim: fim.toISOString(),
      ...(wireStatus ? { status: wireStatus } : {}),
      ...(document ? (document.length === 11 ? { cpf: document } : { cnpj: document }) : {}),
    };
    const size = pageSizeFor(query.limit);
    const items: PixChargeRecord[] = [];
    let page = Math.floor(query.offset / size);
    let skip = query.offset - page * size;
    let total: number | null = null;
    let lastPage = false;
    while (items.length < query.limit && !lastPage) {
      const response = await this.http.get<PixApiCobListWire>(A.paths.cobList, { searchParams: { ...filters, 'paginacao.paginaAtual': page, 'paginacao.itensPorPagina': size } });
      const paging = response.body.parametros?.paginacao;
      total = paging?.quantidadeTotalDeItens ?? null;
      const cobs = response.body.cobs ?? [];
      items.push(...cobs.slice(skip).map((cob) => chargeFromWire(cob, now)));
      skip = 0;
      page++;
      lastPage = cobs.length < size || (paging !== undefined && page >= paging.quantidadeDePaginas);
    }
    const window = items.slice(0, query.limit);
    const hasNextPage = total !== null ? query.offset + window.length < total : items.length > query.limit || !lastPage;
    return { items: window, totalCount: total, hasNextPage };
  }

  private async readIfExists(txid: string): Promise<PixApiCobWire | undefined> {
    try {
      return (await this.http.get<PixApiCobWire>(A.paths.cob(txid))).body;
    } catch {
      return undefined;
    }
  }
}

/** Page size: the window's own size, within the PSP's maximum; the loop reads on when the window spans pages. */
function pageSizeFor(limit: number): number {
  return Math.max(1, Math.min(limit, A.list.maxItemsPerPage));
}

/** ASM-X18: a cob's `devedor` is informative; the API Pix has no "only the debtor may pay", so Paygraph refuses it before any call. */
function onlyDebtorNotSupported(): ProviderRejectedError {
  const message = 'The API Pix cannot restrict who pays a charge (onlyDebtorMayPay); leave it out.';
  const error = new ProviderRejectedError(message, [message], { provider: 'PIX_API' });
  error.inputField = ['input', 'onlyDebtorMayPay'];
  return error;
}
