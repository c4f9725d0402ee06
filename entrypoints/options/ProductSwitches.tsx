import type { ProductId } from '../../catalog/schema';
import type { ProductSwitches as Switches } from '../../components/settings/schema';
import { PRODUCT_COPY } from './products';

interface Props {
  products: Switches;
  onChange: (id: ProductId, on: boolean) => void;
}

/** One switch per console: native checkboxes with the switch role, so they work like any checkbox. */
export function ProductSwitches({ products, onChange }: Props) {
  return (
    <section className="card" aria-labelledby="products-heading">
      <h2 id="products-heading">Consoles</h2>
      <p className="lead">
        Choose the consoles whose statuses Status Lens explains. A change reaches open tabs at once.
      </p>
      <ul className="switches">
        {PRODUCT_COPY.map((p) => (
          <li key={p.id} className="switch-row">
            <input
              type="checkbox"
              role="switch"
              id={`product-${p.id}`}
              className="switch"
              checked={products[p.id]}
              // Mirrors `checked`: some assistive tech reads a switch's state only from aria-checked.
              aria-checked={products[p.id]}
              aria-describedby={`product-${p.id}-description`}
              onChange={(event) => onChange(p.id, event.currentTarget.checked)}
            />
            <div>
              <label htmlFor={`product-${p.id}`} className="switch-label">
                {p.label}
              </label>
              <p id={`product-${p.id}-description`} className="hint">
                {p.description}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
