import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { CheckoutPixChargeDocument, CheckoutPixChargeStatusDocument } from './graphql/graphql';
import { brl, merchantApi, type Order } from './merchant-api';
import { byHash } from './paygraph';
import { minutesAndSeconds, useCountdown } from './useCountdown';

const READ_CHARGE = byHash(CheckoutPixChargeDocument);
const FOLLOW_CHARGE = byHash(CheckoutPixChargeStatusDocument);

interface Props {
  order: Order;
  sandbox: boolean;
  onPaid: () => void;
  newOrder: () => void;
}

/**
 * Pay with Pix: the QR code and the "copia e cola" text (read once with the client token, GET by
 * hash), the status live over graphql-ws (pixChargeUpdated sends the status now, then each
 * change), a countdown to expiry, and what to do when something goes wrong.
 */
export function PixPayment({ order, sandbox, onPaid, newOrder }: Props) {
  const variables = { id: order.pixChargeId };
  const [read, reread] = useQuery({ query: READ_CHARGE, variables });
  const [live] = useSubscription({ query: FOLLOW_CHARGE, variables });
  const charge = read.data?.node?.__typename === 'PixCharge' ? read.data.node : null;
  const status = live.data?.pixChargeUpdated.status ?? charge?.status;
  const secondsLeft = useCountdown(live.data?.pixChargeUpdated.expiresAt ?? charge?.expiresAt ?? order.expiresAt);
  const paid = status === 'PAID' || status === 'PARTIALLY_REFUNDED' || status === 'REFUNDED';

  useEffect(() => {
    if (paid) onPaid();
  }, [paid, onPaid]);

  if (paid) {
    return (
      <section className="pix paid" role="status" data-testid="pix-paid">
        <h2>Paid</h2>
        <p>We received your Pix of {brl(order.amount)}. Thank you! Your order is confirmed; you can close this page.</p>
      </section>
    );
  }
  if (status === 'EXPIRED' || status === 'CANCELLED' || secondsLeft === 0) {
    return (
      <section className="pix notice error" role="alert" data-testid="pix-expired">
        <h2>This Pix code has expired</h2>
        <p>No money was taken. If you already paid, your bank returns it automatically. Get a new code to pay again.</p>
        <button onClick={newOrder}>Get a new code</button>
      </section>
    );
  }
  return (
    <section className="pix">
      <h2>Pay with Pix</h2>
      {read.error && (
        <div className="notice error" role="alert">
          <p>We could not load your Pix code. Check your connection and try again.</p>
          <button onClick={() => reread({ requestPolicy: 'network-only' })}>Try again</button>
        </div>
      )}
      {!charge && !read.error && <p>Loading your Pix code…</p>}
      {charge?.qrCodeSvg && <img className="qr" alt="Pix QR code" src={`data:image/svg+xml;utf8,${encodeURIComponent(charge.qrCodeSvg)}`} />}
      {charge?.brCode && <CopyPaste brCode={charge.brCode} />}
      <p className="status" data-testid="pix-status">
        {status === 'ACTIVE' ? 'Waiting for your payment… this page updates by itself.' : 'Checking the payment status…'}
      </p>
      {secondsLeft !== null && (
        <p className="countdown" data-testid="pix-countdown">
          Code expires in <strong>{minutesAndSeconds(secondsLeft)}</strong>
        </p>
      )}
      {live.error && (
        <div className="notice warning" role="alert" data-testid="pix-live-error">
          <p>
            Live updates stopped. If you have paid, your payment still counts: do not pay again. Reload this page to see its status, or contact us with order {order.id.slice(0, 8)}
            .
          </p>
        </div>
      )}
      {sandbox && <SimulatePayment orderId={order.id} />}
    </section>
  );
}

/** The "copia e cola" text, selectable, with a button that copies it. */
function CopyPaste({ brCode }: { brCode: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(brCode).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="copy-paste">
      <label htmlFor="br-code">Pix copia e cola</label>
      <textarea id="br-code" readOnly value={brCode} rows={3} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied === 'yes' ? 'Copied!' : 'Copy code'}
      </button>
      {copied === 'failed' && <p className="hint">Your browser did not let us copy: select the code above and copy it yourself.</p>}
      <p className="hint">Open your bank app, choose Pix &gt; Copia e cola (or scan the QR code), and confirm.</p>
    </div>
  );
}

/** Sandbox only: the merchant server pays the charge as a bank app would. */
function SimulatePayment({ orderId }: { orderId: string }) {
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const simulate = () => {
    setState({ busy: true });
    merchantApi.simulatePixPayment(orderId).then(
      () => setState({ busy: false }),
      (error: unknown) => setState({ busy: false, message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div className="sandbox">
      <button type="button" disabled={state.busy} onClick={simulate}>
        Simulate payment (sandbox)
      </button>
      {state.message && <p role="alert">{state.message}</p>}
    </div>
  );
}
