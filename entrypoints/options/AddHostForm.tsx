import { type FormEvent, useId, useRef, useState } from 'react';
import { type ProductId, ProductIdSchema } from '../../catalog/enums';
import { MAX_HOSTS } from '../../components/settings/host-match';
import { displayPattern, validateNewHost } from '../../components/settings/hosts';
import type { HostEntry, Settings } from '../../components/settings/schema';
import type { Confirm } from './confirmation';
import { hostConsoleName, RECOGNISE_CHOICE } from './host-console';
import { requestHosts } from './permissions';
import { PRODUCT_COPY } from './products';

interface Props {
  hosts: readonly HostEntry[];
  /** The organisation's hosts: a host already there is not added again. */
  policyHosts?: readonly HostEntry[];
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  confirm: Confirm;
}

/** The value of the console select that stands for "recognise it from the page". */
const RECOGNISE = '';

/** A console's address and which console it is: validated, then the browser is asked for access to it alone. */
export function AddHostForm({ hosts, policyHosts = [], update, confirm }: Props) {
  const [input, setInput] = useState('');
  const [product, setProduct] = useState<ProductId | undefined>(PRODUCT_COPY[0]?.id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hosts.length >= MAX_HOSTS) {
      setError(`There are ${MAX_HOSTS} hosts already; remove one first, or cover several with *.domain.`);
      field.current?.focus();
      return;
    }
    const result = validateNewHost(input, product, [...policyHosts, ...hosts], hostConsoleName);
    if (!result.ok) {
      setError(result.message);
      field.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    // Asked before anything is awaited: the browser prompts only during the user's gesture.
    const request = requestHosts([result.pattern]).catch((e: Error) => {
      confirm(`The browser refused the request: ${e.message}`);
      return false;
    });
    const shown = displayPattern(result.pattern);
    const entry: HostEntry = product ? { pattern: result.pattern, product } : { pattern: result.pattern };
    request
      .then(async (granted) => {
        await update((s) => ({ ...s, hosts: [...s.hosts, entry] }));
        setInput('');
        confirm(
          granted
            ? `Added ${shown} (${hostConsoleName(product)}). Status Lens works there now, also in tabs already open.`
            : `Added ${shown}, but the browser did not grant access. Choose Grant to ask again.`,
        );
      })
      .finally(() => setBusy(false));
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="add-host" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-host`}>Console address</label>
        <input
          ref={field}
          id={`${id}-host`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://dpod.corp.example:8443"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setInput(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-product`}>Console</label>
        <select
          id={`${id}-product`}
          value={product ?? RECOGNISE}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const chosen = ProductIdSchema.safeParse(value);
            if (chosen.success) setProduct(chosen.data);
            else if (value === RECOGNISE) setProduct(undefined);
          }}
        >
          {PRODUCT_COPY.map((p) => (
            <option key={p.id} value={p.id}>
              {p.hostChoice}
            </option>
          ))}
          <option value={RECOGNISE}>{RECOGNISE_CHOICE}</option>
        </select>
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        Add host
      </button>
      {error && (
        <p id={errorId} className="field-error full" role="alert">
          {error}
        </p>
      )}
      <p id={hintId} className="hint full">
        A host, host:port or full address (the path is ignored); *.example.com covers its subdomains. A host alone means
        https; write http:// for a console served over http.
      </p>
    </form>
  );
}
