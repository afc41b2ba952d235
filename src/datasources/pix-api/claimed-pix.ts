import { ProviderNotFoundError } from '../../errors/domain-errors';
import type { ConfirmResult } from '../../events/webhook-relay';
import type { ProviderHttp } from '../http/provider-http';
import { PIX_API_ASSUMPTIONS as A } from './assumptions';

/**
 * The first step of confirming a callback item, for immediate charges and charges with a due date
 * alike: read back the Pix it claims (`GET /pix/{e2eid}`), which must name the claimed txid, then
 * the charge that txid names (`chargePath`: the cob or the cobv). Answers both, or the outcome of
 * the confirmation when the PSP does not know them (a forged claim) or reports the Pix under
 * another txid.
 */
export async function readBackClaimedPix<P extends { txid?: string }, C>(
  http: ProviderHttp,
  claim: { e2eid: string; txid: string },
  chargePath: string,
): Promise<{ pix: P; charge: C } | ConfirmResult> {
  try {
    const pix = (await http.get<P>(A.paths.pix(claim.e2eid))).body;
    if (pix.txid !== claim.txid) return { outcome: 'suspicious', reason: 'the PSP reports this Pix under another txid' };
    return { pix, charge: (await http.get<C>(chargePath)).body };
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
}
