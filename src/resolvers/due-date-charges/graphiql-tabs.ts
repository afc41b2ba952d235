import type { GraphiqlTab } from '../../graphiql/options';

/** GraphiQL tabs walking the due date charges flow (docs/adding-a-family.md, step 5). */
export function dueDateChargeTabs(): GraphiqlTab[] {
  return [];
}
