import type { CreateStaticPixQrCodeCommand, StaticPixQrCodeRecord } from '../../../domain/static-pix-qr-codes/model';
import type { StaticPixQrCodeLimits, StaticPixQrCodePort } from '../../../domain/static-pix-qr-codes/port';
import type { ProviderHttp } from '../../http/provider-http';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { createStaticQrToWire, staticQrFromWire } from './transformers';
import type { AstraStaticQrWire } from './wire';

/** Astra static QR codes (ASM-A24) behind the provider-neutral StaticPixQrCodePort. */
export class AstraStaticPixQrCodes implements StaticPixQrCodePort {
  readonly limits: StaticPixQrCodeLimits = {
    minAmountCents: A.staticQr.minAmountCents,
    maxAmountCents: A.staticQr.maxAmountCents,
    descriptionMax: A.staticQr.descriptionMax,
    referenceMax: A.staticQr.referenceMax,
  };

  constructor(private readonly http: ProviderHttp) {}

  async create(command: CreateStaticPixQrCodeCommand): Promise<StaticPixQrCodeRecord> {
    // POST, not retried (ProviderHttp's default): Astra has no idempotency (ASM-A05), and a lost
    // answer retried would leave a second code behind; the caller may simply ask again.
    const response = await this.http.post<AstraStaticQrWire>(A.staticQr.paths.create, { json: createStaticQrToWire(command) });
    return staticQrFromWire(response.body);
  }
}
