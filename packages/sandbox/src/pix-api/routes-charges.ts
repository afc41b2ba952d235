import { autoPayOnCreate } from './auto-pay';
import { listCharges } from './charge-list';
import { createCharge, readCharge, reviseCharge } from './charges';
import type { PixApiContext } from './context';
import type { ApiRoutes } from './guard';
import { newTxid, TXID_PATTERN } from './ids';
import type { ChargeKind } from './model';
import { invalid } from './problems';

/** `/cob` and `/cobv` with the specification's scopes (`cob.write`/`cob.read`, `cobv.write`/`cobv.read`). */
export function registerChargeRoutes(api: ApiRoutes, ctx: PixApiContext): void {
  for (const kind of ['cob', 'cobv'] as const) {
    api.add('PUT', `/${kind}/:txid`, `${kind}.write`, (req) => withTxid(kind, req.params.txid) ?? create(ctx, kind, req.params.txid, req.body));
    api.add('PATCH', `/${kind}/:txid`, `${kind}.write`, (req) => withTxid(kind, req.params.txid) ?? reviseCharge(ctx, kind, req.params.txid, req.body));
    api.add('GET', `/${kind}/:txid`, `${kind}.read`, (req) => withTxid(kind, req.params.txid) ?? readCharge(ctx, kind, req.params.txid, req.query.get('revisao')));
    api.add('GET', `/${kind}`, `${kind}.read`, (req) => listCharges(ctx, kind, req.query));
  }
  // Only immediate charges may let the PSP choose the txid.
  api.add('POST', '/cob', 'cob.write', (req) => create(ctx, 'cob', newTxid(), req.body));
}

/** A create, then the sandbox's own payment of a cob of x.01 (ASM-X55). */
function create(ctx: PixApiContext, kind: ChargeKind, txid: string, body: unknown) {
  return autoPayOnCreate(ctx, kind, txid, createCharge(ctx, kind, txid, body));
}

/** A txid outside `[a-zA-Z0-9]{26,35}` is a schema violation of the path parameter. */
function withTxid(kind: ChargeKind, txid: string) {
  if (TXID_PATTERN.test(txid)) return undefined;
  return invalid(kind === 'cob' ? 'CobOperacaoInvalida' : 'CobVOperacaoInvalida', [{ razao: 'O campo txid não respeita o _schema_.', propriedade: 'txid' }]);
}
