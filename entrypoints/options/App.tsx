import { useCallback, useState } from 'react';
import type { ProductId } from '../../catalog/schema';
import { HostsSection } from './HostsSection';
import { useGrantedOrigins, useSettings } from './hooks';
import { Notices } from './Notices';
import { ProductSwitches } from './ProductSwitches';
import { productShortName } from './products';
import { TransferSection } from './TransferSection';

export function App() {
  const { state, update, dismissNotices } = useSettings();
  const granted = useGrantedOrigins();
  const [announcement, setAnnouncement] = useState('');
  // The same message twice must still change the live region's text to be read again.
  const announce = useCallback(
    (message: string) => setAnnouncement((prev) => (prev === message ? `${message}\u00a0` : message)),
    [],
  );

  const toggle = (id: ProductId, on: boolean) =>
    void update((s) => ({ ...s, products: { ...s.products, [id]: on } })).then(() =>
      announce(`${productShortName(id)} ${on ? 'on' : 'off'}, in open tabs too.`),
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
            <ProductSwitches products={state.settings.products} onChange={toggle} />
            <HostsSection hosts={state.settings.hosts} granted={granted} update={update} announce={announce} />
            <TransferSection settings={state.settings} update={update} announce={announce} />
          </>
        )}
        <p className="sr-only" role="status">
          {announcement}
        </p>
      </main>
    </>
  );
}
