import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useMutation } from 'urql';
import { CheckoutSaveCardDocument } from './graphql/graphql';
import { brl, merchantApi, type Order } from './merchant-api';
import { byHash } from './paygraph';

const SAVE_CARD = byHash(CheckoutSaveCardDocument);

interface Props {
  order: Order;
  /** The card was charged: the page shows `message` as the confirmation. */
  onPaid: (message: string) => void;
}

type Field = 'number' | 'holderName' | 'expiry';

/**
 * Pay by card, in two steps: the page tokenizes the card at Paygraph with the publishable key
 * (saveCard, by hash; the number never reaches the merchant server), then asks the merchant server
 * to charge the saved card for the order. A decline comes back as a sentence for the shopper.
 */
export function CardPayment({ order, onPaid }: Props) {
  const [saved, saveCard] = useMutation(SAVE_CARD);
  const [charging, setCharging] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [month, year] = textOf(form, 'expiry').split('/');
    setProblem(null);
    setFieldErrors({});
    const result = await saveCard({
      input: {
        card: {
          number: textOf(form, 'number'),
          holderName: textOf(form, 'holderName'),
          expiryMonth: Number(month),
          expiryYear: 2000 + Number(year),
        },
      },
    });
    if (result.error || !result.data) {
      setProblem('We could not reach the payment service. Nothing was charged; please try again.');
      return;
    }
    const { savedCard, userErrors } = result.data.saveCard;
    if (!savedCard) {
      setFieldErrors(Object.fromEntries(userErrors.map((error) => [fieldOf(error.field), friendly(error.field, error.message)])));
      return;
    }
    setCharging(true);
    try {
      const outcome = await merchantApi.payByCard(order.id, savedCard.id);
      if (outcome.approved) onPaid(outcome.message);
      else setProblem(outcome.message);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setCharging(false);
    }
  }

  const busy = saved.fetching || charging;
  return (
    <section className="card">
      <h2>Or pay by card</h2>
      <form onSubmit={(event) => void pay(event)} noValidate>
        <Input name="number" label="Card number" autoComplete="cc-number" inputMode="numeric" placeholder="4111 1111 1111 1111" error={fieldErrors.number} />
        <Input name="holderName" label="Name on card" autoComplete="cc-name" placeholder="MARIA SOUZA" error={fieldErrors.holderName} />
        <Input name="expiry" label="Expiry (MM/YY)" autoComplete="cc-exp" inputMode="numeric" placeholder="12/30" error={fieldErrors.expiry} />
        <button type="submit" disabled={busy}>
          {busy ? 'Paying…' : `Pay ${brl(order.amount)}`}
        </button>
      </form>
      {problem && (
        <p className="notice error" role="alert" data-testid="card-problem">
          {problem}
        </p>
      )}
    </section>
  );
}

function Input({ name, label, error, ...rest }: { name: Field; label: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="field">
      {label}
      <input name={name} aria-invalid={error ? true : undefined} {...rest} />
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

function textOf(form: FormData, name: Field): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Which input a user error's path (["input", "card", "expiryMonth"]) belongs to. */
function fieldOf(path: readonly string[] | null | undefined): Field {
  const last = path?.at(-1) ?? '';
  if (last === 'holderName') return 'holderName';
  if (last.startsWith('expiry')) return 'expiry';
  return 'number';
}

/** Paygraph's messages are written for developers; the shopper gets a short one per field. */
function friendly(path: readonly string[] | null | undefined, message: string): string {
  const field = fieldOf(path);
  if (field === 'number') return 'Check the card number: it is not a valid card.';
  if (field === 'expiry') return /expired/.test(message) ? 'This card has expired.' : 'Enter the expiry as MM/YY, as printed on the card.';
  return 'Enter the name as printed on the card.';
}
