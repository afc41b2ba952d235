import { dayNumber } from './dates';
import { isAmount, toCents } from './money';
import type { Violation } from './problems';
import type { Json } from './model';
import { checkChave, checkDevedor, checkLoc, checkTexts, isObject, schemaViolation } from './validate-common';

/**
 * The specification's `CobVOperacaoInvalida` violations for `PUT /cobv/{txid}` (`CobVSolicitada`)
 * and, with `creating` false, `PATCH /cobv/{txid}` (`CobVRevisada`, every field optional; the
 * rules across fields are checked on the merged result by the caller through `checkCobvRules`).
 */
export function validateCobvBody(body: Json, receiverKey: string, creating: boolean): Violation[] {
  const out: Violation[] = [];
  if (!creating && body.status !== undefined && body.status !== 'REMOVIDA_PELO_USUARIO_RECEBEDOR') out.push(schemaViolation('cobv.status'));
  if (creating || body.calendario !== undefined) out.push(...checkCalendarioShape(body.calendario, creating));
  if (creating || body.devedor !== undefined) out.push(...checkDevedor(body.devedor, 'cobv', true));
  if (creating || body.chave !== undefined) out.push(...checkChave(body.chave, 'cobv', receiverKey));
  if (creating || body.valor !== undefined) out.push(...checkValorShape(body.valor, creating));
  out.push(...checkTexts(body), ...checkLoc(body.loc, 'cobv'));
  return out;
}

function checkCalendarioShape(calendario: unknown, creating: boolean): Violation[] {
  if (!isObject(calendario)) return [schemaViolation('cobv.calendario', 'objeto')];
  const out: Violation[] = [];
  const due = calendario.dataDeVencimento;
  if ((creating || due !== undefined) && (typeof due !== 'string' || dayNumber(due) === undefined)) {
    out.push(schemaViolation('cobv.calendario.dataDeVencimento'));
  }
  const validity = calendario.validadeAposVencimento;
  if (validity !== undefined) {
    if (typeof validity !== 'number' || !Number.isSafeInteger(validity)) out.push(schemaViolation('cobv.calendario.validadeAposVencimento'));
    else if (validity < 0) {
      out.push({ razao: 'O campo cobv.calendario.validadeAposVencimento é menor do que zero.', propriedade: 'cobv.calendario.validadeAposVencimento' });
    }
  }
  return out;
}

function checkValorShape(valor: unknown, creating: boolean): Violation[] {
  if (!isObject(valor)) return [schemaViolation('cobv.valor', 'objeto')];
  const out: Violation[] = [];
  if (creating || valor.original !== undefined) {
    if (!isAmount(valor.original)) out.push(schemaViolation('cobv.valor.original'));
    else if (toCents(valor.original) === 0) out.push({ razao: 'O campo cobv.valor.original apresenta o valor zero.', propriedade: 'cobv.valor.original' });
  }
  if (valor.multa !== undefined && !modalityAndValue(valor.multa, 2)) out.push(schemaViolation('cobv.valor.multa', 'objeto'));
  if (valor.juros !== undefined && !modalityAndValue(valor.juros, 8)) out.push(schemaViolation('cobv.valor.juros', 'objeto'));
  if (valor.abatimento !== undefined && !modalityAndValue(valor.abatimento, 2)) out.push(schemaViolation('cobv.valor.abatimento', 'objeto'));
  if (valor.desconto !== undefined) out.push(...checkDescontoShape(valor.desconto));
  return out;
}

function modalityAndValue(value: unknown, maxModality: number): boolean {
  return isObject(value) && isModality(value.modalidade, maxModality) && isAmount(value.valorPerc);
}

/** The specification types `modalidade` as an integer; its examples send strings ("2"). Both are accepted (ASM-X47). */
export function modalityOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\d$/.test(value)) return Number(value);
  return undefined;
}

function isModality(value: unknown, max: number): boolean {
  const modality = modalityOf(value);
  return modality !== undefined && modality >= 1 && modality <= max;
}

function checkDescontoShape(desconto: unknown): Violation[] {
  const path = 'cobv.valor.desconto';
  if (!isObject(desconto) || !isModality(desconto.modalidade, 6)) return [schemaViolation(path, 'objeto')];
  const modality = modalityOf(desconto.modalidade) as number;
  const fixedDates = desconto.descontoDataFixa;
  const hasDates = Array.isArray(fixedDates) && fixedDates.length > 0;
  if (modality <= 2) {
    if (desconto.valorPerc !== undefined && desconto.valorPerc !== null) {
      return [{ razao: `O objeto ${path} apresenta modalidade no valor 1 ou 2, porém ${path}.valorPerc encontra-se preenchido.`, propriedade: `${path}.valorPerc` }];
    }
    if (!hasDates) {
      return [
        { razao: `O objeto ${path} apresenta modalidade no valor 1 ou 2, porém o array ${path}.descontoDataFixa está vazio ou nulo.`, propriedade: `${path}.descontoDataFixa` },
      ];
    }
    const valid =
      fixedDates.length <= 3 && fixedDates.every((item) => isObject(item) && typeof item.data === 'string' && dayNumber(item.data) !== undefined && isAmount(item.valorPerc));
    const dates = fixedDates.map((item) => (isObject(item) ? item.data : undefined));
    return valid && new Set(dates).size === dates.length ? [] : [schemaViolation(`${path}.descontoDataFixa`, 'objeto')];
  }
  if (fixedDates !== undefined && fixedDates !== null) {
    return [
      {
        razao: `O objeto ${path} apresenta modalidade nos valores de 3 a 6, porém o elemento ${path}.descontoDataFixa está preenchido ou não nulo.`,
        propriedade: `${path}.descontoDataFixa`,
      },
    ];
  }
  if (!isAmount(desconto.valorPerc)) {
    return [{ razao: `O objeto ${path} apresenta modalidade nos valores de 3 a 6, porém o elemento ${path}.valorPerc não está preenchido.`, propriedade: `${path}.valorPerc` }];
  }
  return [];
}

/**
 * Rules across fields, on a complete (created or merged) charge whose shape is valid: due date not
 * before the creation day, rebate and each discount below the original amount and below 100 %,
 * fixed-date discounts on or before the due date.
 */
export function checkCobvRules(calendario: Json, valor: Json, creationDay: number): Violation[] {
  const out: Violation[] = [];
  const dueDay = dayNumber(calendario.dataDeVencimento as string) as number;
  if (dueDay < creationDay) {
    out.push({ razao: 'O campo cobv.calendario.dataDeVencimento é anterior à data de criação da cobrança.', propriedade: 'cobv.calendario.dataDeVencimento' });
  }
  const originalCents = toCents(valor.original as string);
  const abatimento = valor.abatimento as Json | undefined;
  if (abatimento && reachesOriginal(modalityOf(abatimento.modalidade) === 2, abatimento.valorPerc as string, originalCents)) {
    out.push({
      razao: 'O objeto cobv.valor.abatimento representa um valor maior ou igual ao valor da cobrança original ou maior ou igual a 100%.',
      propriedade: 'cobv.valor.abatimento',
    });
  }
  const desconto = valor.desconto as Json | undefined;
  if (desconto) out.push(...checkDescontoRules(desconto, originalCents, dueDay));
  return out;
}

function checkDescontoRules(desconto: Json, originalCents: number, dueDay: number): Violation[] {
  const path = 'cobv.valor.desconto';
  const modality = modalityOf(desconto.modalidade) as number;
  const percent = modality === 2 || modality === 5 || modality === 6;
  const elements = modality <= 2 ? (desconto.descontoDataFixa as Json[]) : [desconto];
  const out: Violation[] = [];
  if (elements.some((element) => reachesOriginal(percent, element.valorPerc as string, originalCents))) {
    out.push({
      razao: `O objeto ${path} apresenta algum elemento de desconto que representa um valor maior ou igual ao valor da cobrança original ou maior ou igual a 100%.`,
      propriedade: path,
    });
  }
  if (modality <= 2 && elements.some((element) => (dayNumber(element.data as string) as number) > dueDay)) {
    out.push({
      razao: `O objeto ${path} apresenta algum elemento cuja data seja posterior à data de vencimento representada por calendario.dataDeVencimento.`,
      propriedade: `${path}.descontoDataFixa`,
    });
  }
  return out;
}

function reachesOriginal(percent: boolean, value: string, originalCents: number): boolean {
  return percent ? toCents(value) >= 10_000 : toCents(value) >= originalCents;
}
