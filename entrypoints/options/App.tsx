import { useMemo } from 'react';
import type { ProductId } from '../../catalog/schema';
import { parseDeskFormLink } from '../../components/desk/link';
import { ConfirmationBar } from './ConfirmationBar';
import { useConfirmation } from './confirmation';
import { DeskSection } from './DeskSection';
import { HostsSection } from './HostsSection';
import { useGrantedOrigins, usePolicy, useSettings } from './hooks';
import { Notices } from './Notices';
import { ProductSwitches } from './ProductSwitches';
import { productShortName } from './products';
import { TransferSection } from './TransferSection';

export function App() {
  const { state, update, dismissNotices } = useSettings();
  const granted = useGrantedOrigins();
  const policy = usePolicy();
  // options.html?desk=note&product=…: the tooltip's "Add a desk note", through the background.
  const prefill = useMemo(() => parseDeskFormLink(location.search), []);
  const { current, confirm, dismiss } = useConfirmation();

  const toggle = (id: ProductId, on: boolean) =>
    void update((s) => ({ ...s, products: { ...s.products, [id]: on } })).then(() =>
      confirm(`${productShortName(id)} ${on ? 'on' : 'off'}, in open tabs too.`),
    );

  return (
    <>
      <header className="page-header">
        <h1>Status Lens settings</h1>
        <p>Explanations for Dropsuite, IBM DPOD and mxHERO Mail2Cloud statuses, where they appear.</p>
      </header>
      <main>
        {state.status === 'loading' ? (
          <p aria-busy="true">Loading settings…</p>
        ) : (
          <>
            <Notices
              notices={state.notices}
              unsaved={state.unsaved}
              onSave={() => void update((s) => s)}
              onDismiss={dismissNotices}
            />
            <PolicyNotice ignored={policy.ignored} />
            <ProductSwitches products={state.settings.products} locked={policy.products} onChange={toggle} />
            <HostsSection
              hosts={state.settings.hosts}
              policyHosts={policy.hosts}
              granted={granted}
              update={update}
              confirm={confirm}
            />
            <DeskSection
              settings={state.settings}
              policy={policy}
              update={update}
              confirm={confirm}
              prefill={prefill}
            />
            <TransferSection settings={state.settings} update={update} confirm={confirm} />
          </>
        )}
        <ConfirmationBar current={current} confirm={confirm} dismiss={dismiss} />
      </main>
    </>
  );
}

/** What of the organisation's policy could not be used: named, so the administrator can fix it. */
function PolicyNotice({ ignored }: { ignored: readonly string[] }) {
  if (ignored.length === 0) return null;
  return (
    <section className="message warning" role="status" aria-labelledby="policy-heading">
      <h2 id="policy-heading">Some of your organisation’s policy could not be used</h2>
      <ul>
        {ignored.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p>The rest of the policy applies. Tell your administrator.</p>
    </section>
  );
}
