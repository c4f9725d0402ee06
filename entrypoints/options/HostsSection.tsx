import { BUILT_IN_PATTERNS, displayPattern } from '../../components/settings/hosts';
import type { HostEntry, Settings } from '../../components/settings/schema';
import { AddHostForm } from './AddHostForm';
import type { Confirm } from './confirmation';
import { hostConsoleName } from './host-console';
import { hostIsGranted, releaseHosts, requestHosts } from './permissions';

interface Props {
  hosts: readonly HostEntry[];
  /** The organisation's hosts (policy): listed, granted like the user's, never removed here. */
  policyHosts?: readonly HostEntry[];
  granted: readonly string[] | null;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  confirm: Confirm;
}

export function HostsSection({ hosts, policyHosts = [], granted, update, confirm }: Props) {
  const missing = granted ? [...policyHosts, ...hosts].filter((h) => !hostIsGranted(h.pattern, granted)) : [];

  const grant = (patterns: string[], what: string) => {
    // Inside the click: the browser prompts only during a user gesture.
    requestHosts(patterns).then(
      (ok) => confirm(ok ? `Access granted to ${what}.` : `The browser did not grant access to ${what}.`),
      (error: Error) => confirm(`The browser refused the request: ${error.message}`),
    );
  };

  const remove = async (host: HostEntry) => {
    const at = hosts.findIndex((h) => h.pattern === host.pattern);
    const remaining = hosts.filter((h) => h.pattern !== host.pattern);
    await update((s) => ({ ...s, hosts: s.hosts.filter((h) => h.pattern !== host.pattern) }));
    await releaseHosts([host.pattern], remaining);
    const shown = displayPattern(host.pattern);
    confirm(`Removed ${shown}.`, async () => {
      // Undo asks for access again (the removal gave it back), within the Undo click.
      const request = requestHosts([host.pattern]).catch(() => false);
      await update((s) =>
        s.hosts.some((h) => h.pattern === host.pattern)
          ? s
          : { ...s, hosts: [...s.hosts.slice(0, at), host, ...s.hosts.slice(at)] },
      );
      return (await request) ? `Put back ${shown}.` : `Put back ${shown}; the browser did not grant access yet.`;
    });
  };

  return (
    <section className="card" aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Hosts</h2>
      <p className="lead">
        Add the address of a console that lives on its own host: a reseller’s white-labelled Dropsuite portal or a
        self-hosted DPOD. Status Lens asks the browser for access to that host only. It already works on{' '}
        {BUILT_IN_PATTERNS.map((p) => displayPattern(p)).join(' and ')}.
      </p>
      <AddHostForm hosts={hosts} policyHosts={policyHosts} update={update} confirm={confirm} />
      {policyHosts.length > 0 && (
        <>
          <h3 id="policy-host-list-heading">Set by your organisation</h3>
          <p className="hint">These hosts come from your organisation’s policy and cannot be removed here.</p>
          <ul className="host-list" aria-labelledby="policy-host-list-heading">
            {policyHosts.map((host) => (
              <HostRow key={host.pattern} host={host} granted={granted} locked onGrant={grant} />
            ))}
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
            {hosts.map((host) => (
              <HostRow
                key={host.pattern}
                host={host}
                granted={granted}
                onGrant={grant}
                onRemove={() => void remove(host)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One host: its address, its console, whether the browser lets Status Lens run there, and what can be done. */
function HostRow({
  host,
  granted,
  locked = false,
  onGrant,
  onRemove,
}: {
  host: HostEntry;
  granted: readonly string[] | null;
  locked?: boolean;
  onGrant: (patterns: string[], what: string) => void;
  onRemove?: () => void;
}) {
  const shown = displayPattern(host.pattern);
  const ok = granted ? hostIsGranted(host.pattern, granted) : null;
  return (
    <li className="host-row" data-pattern={host.pattern} data-locked={locked ? 'true' : undefined}>
      <div className="host-main">
        <span className="host-name">{shown}</span>
        <span className="host-product">
          {hostConsoleName(host.product)}
          {locked ? ' · set by your organisation' : ''}
        </span>
      </div>
      <HostStatus ok={ok} />
      <div className="host-actions">
        {ok === false && (
          <button
            type="button"
            className="button"
            aria-label={`Grant access to ${shown}`}
            onClick={() => onGrant([host.pattern], shown)}
          >
            Grant
          </button>
        )}
        {onRemove && (
          <button type="button" className="button quiet" aria-label={`Remove ${shown}`} onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
    </li>
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
