import type { DocumentValue } from '../../lib/scalar-values';
import { brasiliaToday } from '../../lib/brasilia-calendar';
import { providerRejectionAsUserError, userError, UserErrorCode } from '../user-errors';
import { loaderKey } from '../loaders';
import type { UseCaseDeps } from '../use-case';
import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from './model';
import type { CreateDueDatePixChargeCommand, UpdateDueDatePixChargeCommand } from './port';
import type { DueDatePixChargeResult } from './cancel-due-date-pix-charge';
import { chargeRef, loadCharge } from './charge-for';
import { validateCreateDueDatePixCharge, type CreateDueDatePixChargeArgs } from './validate';

/** What updateDueDatePixCharge is asked: the charge and only the fields that change. */
export interface UpdateDueDatePixChargeRequest extends Partial<Omit<CreateDueDatePixChargeArgs, 'debtor'>> {
  id: string;
  debtor?: CreateDueDatePixChargeArgs['debtor'] | null;
}

const FIELDS = ['amount', 'dueDate', 'daysValidAfterDueDate', 'debtor', 'description', 'fine', 'interest', 'rebate', 'discount'] as const;

const failed = (field: string[], code: UserErrorCode, message: string): DueDatePixChargeResult => ({ dueDatePixCharge: null, userErrors: [userError(field, code, message)] });

/**
 * updateDueDatePixCharge (`PATCH /cobv/{txid}`): the given fields on their own, before any call
 * (bad values, past dates, broken discounts) → read it → only an ACTIVE one is revised → the
 * charge as it would be after the change is checked with the create rules (a discount must stay
 * below the amount and on or before the due date…; an unchanged due date may already be past)
 * → PATCH with only the given fields. A revision moves no money; a repeat revises to the same content.
 */
export async function updateDueDatePixCharge(
  request: UpdateDueDatePixChargeRequest,
  deps: Pick<UseCaseDeps, 'ports' | 'loaders' | 'logger' | 'clock'>,
): Promise<DueDatePixChargeResult> {
  const given = FIELDS.filter((field) => request[field] != null);
  if (given.length === 0) return failed(['input'], UserErrorCode.REQUIRED, `Give at least one field to change (${FIELDS.join(', ')}).`);
  const ref = chargeRef(request.id, deps.ports);
  if ('userError' in ref) return { dueDatePixCharge: null, userErrors: [ref.userError] };
  const today = brasiliaToday(deps.clock.now());
  const alone = validateCreateDueDatePixCharge({ ...neutralArgs(ref.port.limits.maxAmountCents), ...definedOnly(request) }, ref.port.limits, today);
  if (!alone.ok) return { dueDatePixCharge: null, userErrors: alone.errors };
  const charge = await loadCharge(ref, deps.loaders);
  if ('userError' in charge) return { dueDatePixCharge: null, userErrors: [charge.userError] };
  if (charge.status !== DueDatePixChargeStatus.ACTIVE)
    return failed(['input', 'id'], UserErrorCode.INVALID_STATE, `Only an ACTIVE charge can be revised; this one is ${charge.status}.`);
  const merged: CreateDueDatePixChargeArgs = { ...currentArgs(charge), ...definedOnly(request) };
  const validated = validateCreateDueDatePixCharge(merged, ref.port.limits, request.dueDate == null && charge.dueDate < today ? charge.dueDate : today);
  if (!validated.ok) return { dueDatePixCharge: null, userErrors: validated.errors };
  try {
    const revised = await ref.port.update(charge.txid, onlyGiven(validated.value, given));
    deps.loaders.dueDatePixCharge.clear(loaderKey(revised.provider, revised.txid)).prime(loaderKey(revised.provider, revised.txid), revised);
    deps.logger.info({ event: 'due_date_pix_charge_revised', provider: revised.provider, txid: revised.txid, revision: revised.revision }, 'Due-date Pix charge revised');
    return { dueDatePixCharge: revised, userErrors: [] };
  } catch (error) {
    return { dueDatePixCharge: null, userErrors: [providerRejectionAsUserError(error)] };
  }
}

/**
 * Stand-ins for the fields not given, that no rule refuses (the largest amount, the last possible
 * due date, a valid debtor), so checking the given fields alone reports only their own problems.
 */
function neutralArgs(maxAmountCents: number): CreateDueDatePixChargeArgs {
  return { amount: maxAmountCents, dueDate: '9999-12-31', debtor: { name: 'x', document: { kind: 'CPF', value: '00000000000' } } };
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
