import { useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { CardPayment } from './CardPayment';
import { brl, merchantApi, type Order, type PageConfig } from './merchant-api';
import { cardClient, pixClient } from './paygraph';
import { PixPayment } from './PixPayment';

type Loaded = { config: PageConfig; order: Order };

/**
 * The checkout: one order (created by the merchant server when the page opens), paid either with
 * Pix (QR code, "copia e cola", live status) or by card (tokenized here with the publishable key,
 * charged by the merchant server).
 */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [paidByCard, setPaidByCard] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setFailure(null);
    setLoaded(null);
    setPaidByCard(null);
    Promise.all([merchantApi.config(), merchantApi.createOrder()]).then(
      ([config, order]) => current && setLoaded({ config, order }),
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  if (failure) {
    return (
      <main className="checkout">
        <div className="notice error" role="alert">
          <p>We could not start your checkout: {failure}</p>
          <button onClick={() => setAttempt((n) => n + 1)}>Try again</button>
        </div>
      </main>
    );
  }
  if (!loaded) return <main className="checkout">Preparing your order…</main>;
  const { config, order } = loaded;
  return (
    <main className="checkout">
      <header>
        <h1>Checkout</h1>
        <p className="summary">
          {order.product} <strong data-testid="order-amount">{brl(order.amount)}</strong>
        </p>
        {config.sandbox && <p className="sandbox">Sandbox: no real money moves.</p>}
      </header>
      {paidByCard ? (
        <section className="paid" role="status" data-testid="card-paid">
          <h2>Paid</h2>
          <p>{paidByCard} Thank you! Your order is confirmed.</p>
        </section>
      ) : (
        <Payments key={order.id} config={config} order={order} onCardPaid={setPaidByCard} newOrder={() => setAttempt((n) => n + 1)} />
      )}
    </main>
  );
}

interface PaymentsProps {
  config: PageConfig;
  order: Order;
  onCardPaid: (message: string) => void;
  newOrder: () => void;
}

function Payments({ config, order, onCardPaid, newOrder }: PaymentsProps) {
  const [paidByPix, setPaidByPix] = useState(false);
  const pix = useMemo(() => pixClient(config.graphqlUrl, config.wsUrl, order.clientToken), [config, order]);
  const card = useMemo(() => cardClient(config.graphqlUrl, config.publishableKey), [config]);
  useEffect(() => () => void pix.socket.dispose(), [pix]);
  return (
    <>
      <Provider value={pix.client}>
        <PixPayment order={order} sandbox={config.sandbox} onPaid={() => setPaidByPix(true)} newOrder={newOrder} />
      </Provider>
      {!paidByPix && (
        <Provider value={card}>
          <CardPayment order={order} onPaid={onCardPaid} />
        </Provider>
      )}
      {!paidByPix && order.paymentLinkUrl && (
        <p className="link">
          Prefer to pay on the payment provider&apos;s page? <a href={order.paymentLinkUrl}>Open the payment link</a>.
        </p>
      )}
    </>
  );
}
