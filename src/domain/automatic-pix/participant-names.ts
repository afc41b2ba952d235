import type { ProviderCode } from '../../providers';
import type { PortRegistry } from '../ports';
import { AUTOMATIC_PIX } from './port';

/**
 * ASM-A58 (docs/providers.md): an authorization carries only its participant's ISPB; the name
 * comes from the participants list, a short list (a few hundred institutions at most). Read one
 * page of this size at a time, at most this many pages per request batch.
 */
export const PARTICIPANT_SCAN_PAGE_SIZE = 100;
export const PARTICIPANT_SCAN_MAX_PAGES = 5;

/**
 * Names of the ISPBs asked for in one batch, per provider: pages through the participants list
 * until every ISPB is found or the list ends (usually one page for any number of authorizations).
 * An ISPB missing from the list has a null name.
 */
export async function participantNames(ports: PortRegistry, provider: ProviderCode, ispbs: readonly string[]): Promise<Map<string, string | null>> {
  const wanted = new Set(ispbs);
  const names = new Map<string, string | null>();
  const port = ports.get(AUTOMATIC_PIX, provider);
  for (let page = 0; page < PARTICIPANT_SCAN_MAX_PAGES && names.size < wanted.size; page++) {
    const { items, hasNextPage } = await port.listParticipants(page * PARTICIPANT_SCAN_PAGE_SIZE, PARTICIPANT_SCAN_PAGE_SIZE);
    for (const participant of items) if (wanted.has(participant.ispb)) names.set(participant.ispb, participant.name);
    if (!hasNextPage) break;
  }
  return names;
}
