import { isAmount, toCents } from './money';
import type { Violation } from './problems';
import type { Json } from './model';
import { checkChave, checkDevedor, checkLoc, checkTexts, isObject, schemaViolation } from './validate-common';

/** The specification's `CobOperacaoInvalida` violations for a `PUT /cob/{txid}` or `POST /cob` body. */
export function validateCobCreate(body: Json, receiverKey: string): Violation[] {
  return [
    ...checkCalendario(body.calendario),
    ...checkValor(body.valor, true),
    ...(body.devedor === undefined ? [] : checkDevedor(body.devedor, 'cob', false)),
    ...checkChave(body.chave, 'cob', receiverKey),
    ...checkTexts(body),
    ...checkLoc(body.loc, 'cob'),
  ];
}

/** `PATCH /cob/{txid}` (`CobRevisada`): every field optional, `status` only for removal. */
export function validateCobRevision(body: Json, receiverKey: string): Violation[] {
  const out: Violation[] = [];
  if (body.status !== undefined && body.status !== 'REMOVIDA_PELO_USUARIO_RECEBEDOR') out.push(schemaViolation('cob.status'));
  if (body.calendario !== undefined) out.push(...checkCalendario(body.calendario));
  if (body.valor !== undefined) out.push(...checkValor(body.valor, false));
  if (body.devedor !== undefined) out.push(...checkDevedor(body.devedor, 'cob', false));
  if (body.chave !== undefined) out.push(...checkChave(body.chave, 'cob', receiverKey));
  out.push(...checkTexts(body), ...checkLoc(body.loc, 'cob'));
  return out;
}

/** ASM-X36: `calendario` may be left out (the specification's default expiry, 86400 s, applies). */
function checkCalendario(calendario: unknown): Violation[] {
  if (calendario === undefined) return [];
  if (!isObject(calendario)) return [schemaViolation('cob.calendario', 'objeto')];
  const expiry = calendario.expiracao;
  if (expiry === undefined) return [];
  if (typeof expiry !== 'number' || !Number.isSafeInteger(expiry)) return [schemaViolation('cob.calendario.expiracao')];
  if (expiry <= 0) return [{ razao: 'O campo cob.calendario.expiracao é igual ou menor que zero.', propriedade: 'cob.calendario.expiracao' }];
  return [];
}

function checkValor(valor: unknown, creating: boolean): Violation[] {
  if (!isObject(valor)) return [schemaViolation('cob.valor', 'objeto')];
  const out: Violation[] = [];
  if (valor.original !== undefined || creating) {
    if (!isAmount(valor.original)) out.push(schemaViolation('cob.valor.original'));
    // A Pix Saque charge (`retirada`) may have original 0.00: the withdrawal is the amount.
    else if (toCents(valor.original) === 0 && !isObject(valor.retirada)) {
      out.push({ razao: 'O campo cob.valor.original é zero.', propriedade: 'cob.valor.original' });
    }
  }
  const change = valor.modalidadeAlteracao;
  if (change !== undefined && change !== 0 && change !== 1) out.push(schemaViolation('cob.valor.modalidadeAlteracao'));
  if (valor.retirada !== undefined && !isObject(valor.retirada)) out.push(schemaViolation('cob.valor.retirada', 'objeto'));
  return out;
}
