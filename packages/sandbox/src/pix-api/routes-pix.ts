import type { SimResponse } from '../shared/sim-server';
import type { PixApiContext } from './context';
import type { ApiRoutes } from './guard';
import { inWindow, page, parseListQuery } from './list-query';
import { invalid, ok, problem } from './problems';
import { readRefund, requestRefund } from './refunds';
import { pixWire } from './serialize';

/** `/pix`, `/pix/{e2eid}` and refunds, with scopes `pix.read` / `pix.write`. */
export function registerPixRoutes(api: ApiRoutes, ctx: PixApiContext): void {
  api.add('GET', '/pix/:e2eid', 'pix.read', (req) => {
    const pix = ctx.store.pix.get(req.params.e2eid);
    return pix ? ok(pixWire(pix, ctx.store)) : problem('PixNaoEncontrado', 404, `Pix ${req.params.e2eid} não encontrado.`);
  });
  api.add('GET', '/pix', 'pix.read', (req) => listPix(ctx, req.query));
  api.add('PUT', '/pix/:e2eid/devolucao/:id', 'pix.write', (req) => requestRefund(ctx, req.params.e2eid, req.params.id, req.body));
  api.add('GET', '/pix/:e2eid/devolucao/:id', 'pix.read', (req) => readRefund(ctx, req.params.e2eid, req.params.id));
}

const BOOLEAN = new Set(['true', 'false']);

/** `GET /pix`: received Pix by `horario` inside [`inicio`, `fim`], filtered, oldest first, paged. */
function listPix(ctx: PixApiContext, query: URLSearchParams): SimResponse {
  const parsed = parseListQuery(query, { personFilters: true });
  if (!parsed.ok)
    return invalid('PixConsultaInvalida', parsed.violations, 'Os parâmetros de consulta à lista de pix recebidos não respeitam o schema ou não fazem sentido semanticamente.');
  const window = parsed.window;
  const txid = query.get('txid');
  const withTxid = query.get('txIdPresente');
  const withRefund = query.get('devolucaoPresente');
  for (const [name, value] of [
    ['txIdPresente', withTxid],
    ['devolucaoPresente', withRefund],
  ] as const) {
    if (value !== null && !BOOLEAN.has(value)) return invalid('PixConsultaInvalida', [{ razao: `O parâmetro ${name} não respeita o _schema_.`, propriedade: name }]);
  }
  if (txid !== null && !/^[a-zA-Z0-9]{1,35}$/.test(txid)) return invalid('PixConsultaInvalida', [{ razao: 'O parâmetro txid não respeita o _schema_.', propriedade: 'txid' }]);
  const matches = [...ctx.store.pix.values()]
    .filter((pix) => inWindow(pix.horarioMs, window))
    .filter((pix) => txid === null || pix.txid === txid)
    // Every Pix of the simulator pays a charge, so it always has a txid.
    .filter(() => withTxid !== 'false')
    .filter((pix) => withRefund === null || pix.devolucoes.length > 0 === (withRefund === 'true'))
    .filter((pix) => (window.cpf === undefined || pix.pagador?.cpf === window.cpf) && (window.cnpj === undefined || pix.pagador?.cnpj === window.cnpj))
    .sort((a, b) => a.horarioMs - b.horarioMs || a.endToEndId.localeCompare(b.endToEndId));
  const filters = {
    ...(txid !== null ? { txid } : {}),
    ...(withTxid !== null ? { txIdPresente: withTxid === 'true' } : {}),
    ...(withRefund !== null ? { devolucaoPresente: withRefund === 'true' } : {}),
    ...(window.cpf !== undefined ? { cpf: window.cpf } : {}),
    ...(window.cnpj !== undefined ? { cnpj: window.cnpj } : {}),
  };
  const result = page(matches, window, filters);
  return ok({ parametros: result.parametros, pix: result.items.map((pix) => pixWire(pix, ctx.store)) });
}
