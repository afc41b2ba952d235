import { brl } from '../../../domain/models';
import type { CreateStaticPixQrCodeCommand, StaticPixQrCodeRecord } from '../../../domain/static-pix-qr-codes/model';
import { centsToReais, reaisToCents } from '../../../lib/money';
import type { AstraCreateStaticQrBody, AstraStaticQrWire } from './wire';

/** Command → ASM-A24 body: cents → reais through lib/money (exact), absent fields left out. */
export function createStaticQrToWire(command: CreateStaticPixQrCodeCommand): AstraCreateStaticQrBody {
  return {
    ...(command.amountCents !== undefined ? { amount: centsToReais(command.amountCents) } : {}),
    ...(command.description !== undefined ? { description: command.description } : {}),
    ...(command.reference !== undefined ? { userReference: command.reference } : {}),
  };
}

/**
 * ASM-A24 answer → record. A null or absent amount is a payer-typed amount, not zero; so is 0,
 * which no static code can carry (minimum 0.01) and which a provider may send for "none".
 */
export function staticQrFromWire(wire: AstraStaticQrWire): StaticPixQrCodeRecord {
  return {
    provider: 'ASTRA',
    brCode: wire.emv,
    pixKey: wire.pixKey,
    merchantName: wire.merchantName,
    merchantCity: wire.merchantCity,
    amount: wire.amount == null || wire.amount === 0 ? null : brl(reaisToCents(wire.amount)),
    description: wire.description ?? null,
    reference: wire.userReference ?? null,
    createdAt: wire.createdAt ? new Date(wire.createdAt) : null,
  };
}
