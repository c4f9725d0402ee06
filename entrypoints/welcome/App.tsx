import { browser } from 'wxt/browser';
import { BUILT_IN_PATTERNS, displayPattern } from '../../components/settings/hosts';
import { AddHostForm } from '../options/AddHostForm';
import { ConfirmationBar } from '../options/ConfirmationBar';
import { useConfirmation } from '../options/confirmation';
import { usePolicy, useSettings } from '../options/hooks';
import { hostConsoleName } from '../options/host-console';
import { useShortcuts } from './useShortcuts';

/**
 * The page opened once after install: what Status Lens does, where the user's consoles live (hosts added as on the
 * options page, which stays the place to review and remove them), and the keys.
 */
export function App() {
  const { state, update } = useSettings();
  const policy = usePolicy();
  const { current, confirm, dismiss } = useConfirmation();
  const shortcuts = useShortcuts();
  const hosts = state.status === 'ready' ? state.settings.hosts : [];
  return (
    <>
      <header className="page-header">
        <h1>Status Lens is installed</h1>
        <p>
          It explains the statuses of Dropsuite, IBM DPOD and mxHERO Mail2Cloud where the console shows them: rest the
          pointer on a status, or Tab to it, and read what it means and what to do.
        </p>
      </header>
      <main>
        <section className="card" aria-labelledby="where-heading">
          <h2 id="where-heading">Where do your consoles live?</h2>
          <p className="lead">
            Status Lens already works on {BUILT_IN_PATTERNS.map((p) => displayPattern(p)).join(' and ')}. A self-hosted
            DPOD or a reseller’s white-labelled Dropsuite portal lives on its own address: add it here, and your browser
            asks once for access to that host only.
          </p>
          {state.status === 'ready' ? (
            <AddHostForm hosts={hosts} policyHosts={policy.hosts} update={update} confirm={confirm} />
          ) : (
            <p aria-busy="true">Loading settings…</p>
          )}
          {hosts.length > 0 && (
            <>
              <h3 id="added-heading">Your console hosts</h3>
              <ul className="host-list" aria-labelledby="added-heading">
                {hosts.map((h) => (
                  <li key={h.pattern} className="host-row" data-pattern={h.pattern}>
                    <div className="host-main">
                      <span className="host-name">{displayPattern(h.pattern)}</span>
                      <span className="host-product">{hostConsoleName(h.product)}</span>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint later">
            Later, on a console’s tab, open Status Lens from the toolbar and choose{' '}
            <strong>Use Status Lens here</strong>. Review or remove hosts in the{' '}
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
              settings
            </a>
            .
          </p>
        </section>
        <section className="card" aria-labelledby="keys-heading">
          <h2 id="keys-heading">Keys</h2>
          <p className="lead">
            On a console page, these keys move through its statuses and show each one’s explanation:
          </p>
          {shortcuts === null ? (
            <p aria-busy="true">Reading the keys…</p>
          ) : (
            <dl className="keys">
              {shortcuts.map((s) => (
                <div key={s.name} className="key-row">
                  <dt>{s.keys ? <kbd>{s.keys}</kbd> : <span className="muted">no key set</span>}</dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="hint">
            Escape closes an explanation; Enter on a status moves into its buttons (Copy for ticket, Add a desk note).
            Change the keys in your browser’s shortcut settings for extensions.
          </p>
        </section>
        <ConfirmationBar current={current} confirm={confirm} dismiss={dismiss} />
      </main>
    </>
  );
}
