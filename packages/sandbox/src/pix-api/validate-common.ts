import type { Violation } from './problems';
import type { Json } from './model';

/**
 * Checks shared by `cob` and `cobv` bodies (`CobBase`, `PessoaFisica`/`PessoaJuridica`,
 * `PayloadLocationCob`). Each returns the specification's violation, with `propriedade` the
 * dotted path prefixed by the resource (`cob.chave`, `cobv.devedor`).
 */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const CPF = /^\d{11}$/;
export const CNPJ = /^[0-9A-Z]{14}$/;

export function schemaViolation(path: string, kind: 'campo' | 'objeto' = 'campo'): Violation {
  return { razao: `O ${kind} ${path} não respeita o _schema_.`, propriedade: path };
}

export function checkDevedor(devedor: unknown, prefix: string, extended: boolean): Violation[] {
  const path = `${prefix}.devedor`;
  if (!isObject(devedor)) return [schemaViolation(path, 'objeto')];
  const { cpf, cnpj, nome } = devedor;
  const hasCpf = cpf !== undefined;
  const hasCnpj = cnpj !== undefined;
  const personOk = hasCpf !== hasCnpj && (hasCpf ? typeof cpf === 'string' && CPF.test(cpf) : typeof cnpj === 'string' && CNPJ.test(cnpj));
  const nameOk = typeof nome === 'string' && nome.trim().length > 0 && nome.length <= 200;
  const extrasOk = !extended || checkAddress(devedor);
  return personOk && nameOk && extrasOk ? [] : [schemaViolation(path, 'objeto')];
}

/** `DadosComplementaresPessoa` plus `email` (charges with a due date only). */
function checkAddress(devedor: Json): boolean {
  const limits: Record<string, number> = { logradouro: 200, cidade: 200, uf: 2, cep: 8, email: 200 };
  return Object.entries(limits).every(([field, max]) => devedor[field] === undefined || (typeof devedor[field] === 'string' && devedor[field].length <= max));
}

export function checkChave(chave: unknown, prefix: string, receiverKey: string): Violation[] {
  const path = `${prefix}.chave`;
  if (typeof chave !== 'string' || chave.length === 0 || chave.length > 77) return [schemaViolation(path)];
  if (chave !== receiverKey) {
    return [{ razao: `O campo ${path} corresponde a uma conta que não pertence a este usuário recebedor.`, propriedade: path }];
  }
  return [];
}

export function checkTexts(body: Json): Violation[] {
  const out: Violation[] = [];
  const request = body.solicitacaoPagador;
  if (request !== undefined && (typeof request !== 'string' || request.length > 140)) out.push(schemaViolation('solicitacaoPagador'));
  const info = body.infoAdicionais;
  if (info !== undefined && !validInfo(info)) out.push(schemaViolation('infoAdicionais', 'objeto'));
  return out;
}

function validInfo(info: unknown): boolean {
  if (!Array.isArray(info) || info.length > 50) return false;
  return info.every((item) => isObject(item) && typeof item.nome === 'string' && item.nome.length <= 50 && typeof item.valor === 'string' && item.valor.length <= 200);
}

/** `loc.id`: an integer (ASM-X38: the simulator makes that location on the fly). */
export function checkLoc(loc: unknown, prefix: string): Violation[] {
  if (loc === undefined) return [];
  if (isObject(loc) && Number.isSafeInteger(loc.id) && (loc.id as number) > 0) return [];
  return [schemaViolation(`${prefix}.loc.id`)];
}

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
