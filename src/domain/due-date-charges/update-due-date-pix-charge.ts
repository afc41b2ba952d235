import type { DocumentValue } from '../../lib/scalar-values';
import { brasiliaToday } from '../../lib/brasilia-calendar';
import { providerRejectionAsUserError, userError, UserErrorCode } from '../user-errors';
import { loaderKey } from '../loaders';
import type { UseCaseDeps } from '../use-case';
import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from './model';
import type { CreateDueDatePixChargeCommand, UpdateDueDatePixChargeCommand } from './port';
import type { DueDatePixChargeResult } from './cancel-due-date-pix-charge';
import { chargeFor } from './charge-for';
import { validateCreateDueDatePixCharge, type CreateDueDatePixChargeArgs } from './validate';

/** What updateDueDatePixCharge is asked: the charge and only the fields that change. */
export interface UpdateDueDatePixChargeRequest extends Partial<Omit<CreateDueDatePixChargeArgs, 'debtor'>> {
  id: string;
  debtor?: CreateDueDatePixChargeArgs['debtor'] | null;
}

const FIELDS = ['amount', 'dueDate', 'daysValidAfterDueDate', 'debtor', 'description', 'fine', 'interest', 'rebate', 'discount'] as const;

const failed = (field: string[], code: UserErrorCode, message: string): DueDatePixChargeResult => ({ dueDatePixCharge: null, userErrors: [userError(field, code, message)] });

/**
 * updateDueDatePixCharge (`PATCH /cobv/{txid}`): read it → only an ACTIVE one is revised → the
 * charge as it would be after the change is checked with the create rules (a new discount date
 * must still be on or before the due date…; an unchanged due date may already be past) → PATCH
 * with only the given fields. A revision moves no money; a repeat revises to the same content.
 */
export async function updateDueDatePixCharge(
  request: UpdateDueDatePixChargeRequest,
  deps: Pick<UseCaseDeps, 'ports' | 'loaders' | 'logger' | 'clock'>,
): Promise<DueDatePixChargeResult> {
  const given = FIELDS.filter((field) => request[field] != null);
  if (given.length === 0) return failed(['input'], UserErrorCode.REQUIRED, `Give at least one field to change (${FIELDS.join(', ')}).`);
  const found = await chargeFor(request.id, deps);
  if ('userError' in found) return { dueDatePixCharge: null, userErrors: [found.userError] };
  const { port, charge } = found;
  if (charge.status !== DueDatePixChargeStatus.ACTIVE)
    return failed(['input', 'id'], UserErrorCode.INVALID_STATE, `Only an ACTIVE charge can be revised; this one is ${charge.status}.`);
  const today = brasiliaToday(deps.clock.now());
  const merged: CreateDueDatePixChargeArgs = { ...currentArgs(charge), ...definedOnly(request) };
  const validated = validateCreateDueDatePixCharge(merged, port.limits, request.dueDate == null && charge.dueDate < today ? charge.dueDate : today);
  if (!validated.ok) return { dueDatePixCharge: null, userErrors: validated.errors };
  try {
    const revised = await port.update(charge.txid, onlyGiven(validated.value, given));
    deps.loaders.dueDatePixCharge.clear(loaderKey(revised.provider, revised.txid)).prime(loaderKey(revised.provider, revised.txid), revised);
    deps.logger.info({ event: 'due_date_pix_charge_revised', provider: revised.provider, txid: revised.txid, revision: revised.revision }, 'Due-date Pix charge revised');
    return { dueDatePixCharge: revised, userErrors: [] };
  } catch (error) {
    return { dueDatePixCharge: null, userErrors: [providerRejectionAsUserError(error)] };
  }
}

/** The charge as it is, in the create arguments' shape, so the whole is validated after the change. */
function currentArgs(charge: DueDatePixChargeRecord): CreateDueDatePixChargeArgs {
  const document = charge.debtor?.document;
  return {
    amount: charge.amount.amount,
    dueDate: charge.dueDate,
    daysValidAfterDueDate: charge.daysValidAfterDueDate,
    debtor: { name: charge.debtor?.name ?? null, document: document ? documentOf(document) : { kind: 'CPF', value: '' } },
    description: charge.description,
    fine: charge.fine,
    interest: charge.interest,
    rebate: charge.rebate,
    discount: charge.discount,
  };
}

function documentOf(value: string): DocumentValue {
  return { kind: value.length === 11 ? 'CPF' : 'CNPJ', value };
}

function definedOnly(request: UpdateDueDatePixChargeRequest): Partial<CreateDueDatePixChargeArgs> {
  return Object.fromEntries(FIELDS.filter((field) => request[field] != null).map((field) => [field, request[field]]));
}

function onlyGiven(command: CreateDueDatePixChargeCommand, given: readonly (typeof FIELDS)[number][]): UpdateDueDatePixChargeCommand {
  const byField: Record<(typeof FIELDS)[number], Partial<CreateDueDatePixChargeCommand>> = {
    amount: { amountCents: command.amountCents },
    dueDate: { dueDate: command.dueDate },
    daysValidAfterDueDate: { daysValidAfterDueDate: command.daysValidAfterDueDate },
    debtor: { debtor: command.debtor },
    description: { description: command.description },
    fine: { fine: command.fine },
    interest: { interest: command.interest },
    rebate: { rebate: command.rebate },
    discount: { discount: command.discount },
  };
  return Object.assign({}, ...given.map((field) => byField[field])) as UpdateDueDatePixChargeCommand;
}
