import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', 'operations');
const FRAGMENTS = readFileSync(join(DIR, 'pix-charge-fields.graphql'), 'utf8');

/** The text of a test/operations/*.graphql document, with the shared fragments it uses appended. */
export function operation(name: string): string {
  const text = readFileSync(join(DIR, `${name}.graphql`), 'utf8');
  return text.includes('...PixChargeFields') ? `${text}\n${FRAGMENTS}` : text;
}
