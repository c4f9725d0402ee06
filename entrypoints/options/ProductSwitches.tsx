import type { ProductId } from '../../catalog/schema';
import type { ProductSwitches as Switches } from '../../components/settings/schema';
import { PRODUCT_COPY } from './products';

interface Props {
  products: Switches;
  /** The switches the organisation's policy sets: shown as set, and not to be changed here. */
  locked?: Partial<Switches>;
  onChange: (id: ProductId, on: boolean) => void;
}

/** One switch per console: native checkboxes with the switch role, so they work like any checkbox. */
export function ProductSwitches({ products, locked = {}, onChange }: Props) {
  return (
    <section className="card" aria-labelledby="products-heading">
      <h2 id="products-heading">Consoles</h2>
      <p className="lead">
        Choose the consoles whose statuses Status Lens explains. A change reaches open tabs at once.
      </p>
      <ul className="switches">
        {PRODUCT_COPY.map((p) => {
          const set = locked[p.id];
          const on = set ?? products[p.id];
          return (
            <li key={p.id} className="switch-row" data-locked={set !== undefined || undefined}>
              <input
                type="checkbox"
                role="switch"
                id={`product-${p.id}`}
                className="switch"
                checked={on}
                // Mirrors `checked`: some assistive tech reads a switch's state only from aria-checked.
                aria-checked={on}
                disabled={set !== undefined}
                aria-describedby={`product-${p.id}-description${set !== undefined ? ` product-${p.id}-locked` : ''}`}
                onChange={(event) => onChange(p.id, event.currentTarget.checked)}
              />
              <div>
                <label htmlFor={`product-${p.id}`} className="switch-label">
                  {p.label}
                </label>
                <p id={`product-${p.id}-description`} className="hint">
                  {p.description}
                </p>
                {set !== undefined && (
                  <p id={`product-${p.id}-locked`} className="locked">
                    Set by your organisation: {set ? 'on' : 'off'}.
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
