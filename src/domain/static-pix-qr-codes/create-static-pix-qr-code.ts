import type { PortRegistry } from '../ports';
import { NotSupportedError } from '../../errors/domain-errors';
import type { ProviderCode } from '../../providers';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import type { StaticPixQrCodeRecord } from './model';
import { STATIC_PIX_QR_CODES, type StaticPixQrCodePort } from './port';
import { validateCreateStaticPixQrCode, type CreateStaticPixQrCodeArgs } from './validate';

/** What createStaticPixQrCode is asked (the schema's CreateStaticPixQrCodeInput implements it). */
export interface CreateStaticPixQrCodeRequest extends CreateStaticPixQrCodeArgs {
  provider: ProviderCode;
}

export interface CreateStaticPixQrCodeResult {
  staticPixQrCode: StaticPixQrCodeRecord | null;
  userErrors: UserErrorShape[];
}

/**
 * createStaticPixQrCode: port for the provider (NOT_SUPPORTED when it has none) → validate (zero
 * provider calls on bad input) → create. A provider 4xx is a PROVIDER_REJECTED user error; the
 * provider being unavailable is a top-level error. No idempotency key: a static code moves no
 * money, and a second code for the same key is as payable as the first.
 */
export async function createStaticPixQrCode(input: CreateStaticPixQrCodeRequest, deps: Pick<UseCaseDeps, 'ports' | 'logger'>): Promise<CreateStaticPixQrCodeResult> {
  const port = portFor(deps.ports, input.provider);
  if ('userError' in port) return { staticPixQrCode: null, userErrors: [port.userError] };
  const validated = validateCreateStaticPixQrCode(input, port.limits);
  if (!validated.ok) return { staticPixQrCode: null, userErrors: validated.errors };
  try {
    const code = await port.create(validated.value);
    deps.logger.info({ event: 'static_pix_qr_code_created', provider: code.provider }, 'Static Pix QR code created');
    return { staticPixQrCode: code, userErrors: [] };
  } catch (error) {
    return { staticPixQrCode: null, userErrors: [providerRejectionAsUserError(error)] };
  }
}

function portFor(ports: PortRegistry, provider: ProviderCode): StaticPixQrCodePort | { userError: UserErrorShape } {
  try {
    return ports.get(STATIC_PIX_QR_CODES, provider);
  } catch (error) {
    if (error instanceof NotSupportedError) return { userError: userError(['input', 'provider'], UserErrorCode.NOT_SUPPORTED, error.message) };
    throw error;
  }
}
