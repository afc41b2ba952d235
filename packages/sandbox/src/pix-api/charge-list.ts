import type { SimResponse } from '../shared/sim-server';
import { refreshStatus } from './charges';
import type { PixApiContext } from './context';
import { inWindow, page, parseListQuery } from './list-query';
import { currentContent, type ChargeKind, type ChargeStatus } from './model';
import { invalid, ok } from './problems';
import { chargeWire } from './serialize';

const STATUSES: readonly ChargeStatus[] = ['ATIVA', 'CONCLUIDA', 'REMOVIDA_PELO_USUARIO_RECEBEDOR', 'REMOVIDA_PELO_PSP'];

/**
 * `GET /cob`, `GET /cobv`: charges created inside [`inicio`, `fim`] (inclusive), filtered by the
 * debtor's `cpf`/`cnpj`, `status` and `locationPresente`, oldest first (ASM-X48), paged.
 */
export function listCharges(ctx: PixApiContext, kind: ChargeKind, query: URLSearchParams): SimResponse {
  const problemType = kind === 'cob' ? 'CobConsultaInvalida' : 'CobVConsultaInvalida';
  const parsed = parseListQuery(query, { personFilters: true });
  if (!parsed.ok) return invalid(problemType, parsed.violations, 'Os parâmetros de consulta à lista de cobranças não respeitam o schema ou não fazem sentido semanticamente.');
  const window = parsed.window;
  const status = query.get('status');
  if (status !== null && !STATUSES.includes(status as ChargeStatus)) {
    return invalid(problemType, [{ razao: 'O parâmetro status não respeita o _schema_.', propriedade: 'status' }]);
  }
  const locationPresent = query.get('locationPresente');
  if (locationPresent !== null && locationPresent !== 'true' && locationPresent !== 'false') {
    return invalid(problemType, [{ razao: 'O parâmetro locationPresente não respeita o _schema_.', propriedade: 'locationPresente' }]);
  }
  const matches = [...ctx.store.charges.values()]
    .filter((charge) => charge.kind === kind && inWindow(charge.createdAtMs, window))
    .map((charge) => {
      refreshStatus(ctx, charge);
      return charge;
    })
    .filter((charge) => status === null || charge.status === status)
    // Every charge of the simulator has a location (ASM-X38).
    .filter(() => locationPresent !== 'false')
    .filter((charge) => {
      const devedor = currentContent(charge).devedor;
      return (window.cpf === undefined || devedor?.cpf === window.cpf) && (window.cnpj === undefined || devedor?.cnpj === window.cnpj);
    })
    .sort((a, b) => a.createdAtMs - b.createdAtMs || a.txid.localeCompare(b.txid));
  const filters = {
    ...(window.cpf !== undefined ? { cpf: window.cpf } : {}),
    ...(window.cnpj !== undefined ? { cnpj: window.cnpj } : {}),
    ...(status !== null ? { status } : {}),
    ...(locationPresent !== null ? { locationPresente: locationPresent === 'true' } : {}),
  };
  const result = page(matches, window, filters);
  return ok({ parametros: result.parametros, cobs: result.items.map((charge) => chargeWire(charge, ctx.store)) });
}
