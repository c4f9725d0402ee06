import { type FormEvent, useId, useRef, useState } from 'react';
import { type ProductId, ProductIdSchema } from '../../catalog/enums';
import { MAX_HOSTS } from '../../components/settings/host-match';
import { BUILT_IN_PATTERNS, displayPattern, validateNewHost } from '../../components/settings/hosts';
import type { HostEntry, Settings } from '../../components/settings/schema';
import { hostIsGranted, releaseHosts, requestHosts } from './permissions';
import { PRODUCT_COPY, productShortName } from './products';

interface Props {
  hosts: readonly HostEntry[];
  /** The organisation's hosts (policy): listed, granted like the user's, never removed here. */
  policyHosts?: readonly HostEntry[];
  granted: readonly string[] | null;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  announce: (message: string) => void;
}

export function HostsSection({ hosts, policyHosts = [], granted, update, announce }: Props) {
  const missing = granted ? [...policyHosts, ...hosts].filter((h) => !hostIsGranted(h.pattern, granted)) : [];

  const grant = (patterns: string[], what: string) => {
    // Inside the click: the browser prompts only during a user gesture.
    requestHosts(patterns).then(
      (ok) => announce(ok ? `Access granted to ${what}.` : `The browser did not grant access to ${what}.`),
      (error: Error) => announce(`The browser refused the request: ${error.message}`),
    );
  };

  const remove = async (host: HostEntry) => {
    const remaining = hosts.filter((h) => h.pattern !== host.pattern);
    await update((s) => ({ ...s, hosts: s.hosts.filter((h) => h.pattern !== host.pattern) }));
    await releaseHosts([host.pattern], remaining);
    announce(`Removed ${displayPattern(host.pattern)}.`);
  };

  return (
    <section className="card" aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Hosts</h2>
      <p className="lead">
        Add the address of a console that lives on its own host: a reseller’s white-labelled Dropsuite portal or a
        self-hosted DPOD. Status Lens asks the browser for access to that host only. It already works on{' '}
        {BUILT_IN_PATTERNS.map((p) => displayPattern(p)).join(' and ')}.
      </p>
      <AddHostForm hosts={hosts} policyHosts={policyHosts} update={update} announce={announce} />
      {policyHosts.length > 0 && (
        <>
          <h3 id="policy-host-list-heading">Set by your organisation</h3>
          <p className="hint">These hosts come from your organisation’s policy and cannot be removed here.</p>
          <ul className="host-list" aria-labelledby="policy-host-list-heading">
            {policyHosts.map((host) => {
              const shown = displayPattern(host.pattern);
              const ok = granted ? hostIsGranted(host.pattern, granted) : null;
              return (
                <li key={host.pattern} className="host-row" data-pattern={host.pattern} data-locked="true">
                  <div className="host-main">
                    <span className="host-name">{shown}</span>
                    <span className="host-product">{productShortName(host.product)} · set by your organisation</span>
                  </div>
                  <HostStatus ok={ok} />
                  <div className="host-actions">
                    {ok === false && <GrantButton shown={shown} onGrant={() => grant([host.pattern], shown)} />}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3 id="host-list-heading">Your hosts</h3>
      {hosts.length === 0 ? (
        <p className="empty">No hosts added yet.</p>
      ) : (
        <>
          {missing.length > 1 && (
            <p className="grant-all">
              <button
                type="button"
                className="button"
                onClick={() =>
                  grant(
                    missing.map((h) => h.pattern),
                    `${missing.length} hosts`,
                  )
                }
              >
                Grant access to {missing.length} hosts
              </button>
            </p>
          )}
          <ul className="host-list" aria-labelledby="host-list-heading">
            {hosts.map((host) => {
              const shown = displayPattern(host.pattern);
              const ok = granted ? hostIsGranted(host.pattern, granted) : null;
              return (
                <li key={host.pattern} className="host-row" data-pattern={host.pattern}>
                  <div className="host-main">
                    <span className="host-name">{shown}</span>
                    <span className="host-product">{productShortName(host.product)}</span>
                  </div>
                  <HostStatus ok={ok} />
                  <div className="host-actions">
                    {ok === false && <GrantButton shown={shown} onGrant={() => grant([host.pattern], shown)} />}
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={`Remove ${shown}`}
                      onClick={() => void remove(host)}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function AddHostForm({ hosts, policyHosts = [], update, announce }: Omit<Props, 'granted'>) {
  const [input, setInput] = useState('');
  const [product, setProduct] = useState<ProductId>('dropsuite');
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
    const result = validateNewHost(input, product, [...policyHosts, ...hosts], productShortName);
    if (!result.ok) {
      setError(result.message);
      field.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    // Asked before anything is awaited: the browser prompts only during the user's gesture.
    const request = requestHosts([result.pattern]).catch((e: Error) => {
      announce(`The browser refused the request: ${e.message}`);
      return false;
    });
    const shown = displayPattern(result.pattern);
    request
      .then(async (granted) => {
        await update((s) => ({ ...s, hosts: [...s.hosts, { pattern: result.pattern, product }] }));
        setInput('');
        announce(
          granted
            ? `Added ${shown}. Status Lens works there now, also in tabs already open.`
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
          value={product}
          onChange={(event) => {
            const chosen = ProductIdSchema.safeParse(event.currentTarget.value);
            if (chosen.success) setProduct(chosen.data);
          }}
        >
          {PRODUCT_COPY.map((p) => (
            <option key={p.id} value={p.id}>
              {p.hostChoice}
            </option>
          ))}
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

/** Whether the browser lets the extension run on a host: being checked, active, or missing. */
function HostStatus({ ok }: { ok: boolean | null }) {
  return (
    <span className="host-status" data-state={ok === null ? 'checking' : ok ? 'active' : 'missing'}>
      {ok === null ? 'Checking…' : ok ? 'Active' : 'Permission missing'}
    </span>
  );
}

function GrantButton({ shown, onGrant }: { shown: string; onGrant: () => void }) {
  return (
    <button type="button" className="button" aria-label={`Grant access to ${shown}`} onClick={onGrant}>
      Grant
    </button>
  );
}
