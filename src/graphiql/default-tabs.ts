import { FAMILIES, familyGraphiqlTabs } from '../families';
import type { GraphiqlTab } from './options';

/**
 * The example operations GraphiQL opens with: every family's tabs (`Family.graphiqlTabs`, each in
 * its resolvers/<family>/graphiql-tabs.ts), in the family list's order, starting with the Pix
 * charge walkthrough. Events show up in the Payment events panel (events-panel.js), not in a
 * subscription tab.
 */
export function defaultGraphiqlTabs(sandbox: boolean): GraphiqlTab[] {
  return familyGraphiqlTabs(FAMILIES, sandbox);
}
