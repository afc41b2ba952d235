/**
 * `npm run example:checkout`: builds the checkout page with Vite, starts Paygraph in sandbox mode
 * and the merchant server, and prints the page's URL. Ctrl-C stops everything.
 *
 *   CHECKOUT_PORT   the merchant server and page (default 5173)
 *   PAYGRAPH_PORT   Paygraph (default 4100, so it does not clash with `npm start` on 4000)
 */
import 'reflect-metadata';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCheckoutPage, startCheckout } from './start-checkout';

async function main(): Promise<void> {
  // Outside the repository: a build output there would be linted and formatted like source.
  const webRoot = path.join(tmpdir(), 'paygraph-checkout-page');
  console.log('Building the checkout page (vite build)…');
  await buildCheckoutPage(webRoot);
  const checkout = await startCheckout({
    merchantPort: Number(process.env.CHECKOUT_PORT ?? 5173),
    paygraphPort: Number(process.env.PAYGRAPH_PORT ?? 4100),
    webRoot,
  });
  console.log(`\nPaygraph (sandbox mode): ${checkout.paygraph.graphqlUrl}`);
  console.log(`Checkout page:           ${checkout.pageUrl}\n`);
  console.log('Pay with Pix ("Simulate payment" stands in for a bank app) or with a sandbox card:');
  console.log('  4111 1111 1111 1111 is approved, 4000 0000 0000 0002 is declined. Ctrl-C stops.');
  const stop = () => {
    checkout.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
