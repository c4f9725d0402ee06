import { PRODUCTS, type ProductId } from '../../../catalog';

/** One toggle per console, and All: which consoles' statuses the list shows. */
export function ConsoleFilters({
  products,
  onToggle,
}: {
  products: ReadonlySet<ProductId>;
  onToggle: (id: ProductId | null) => void;
}) {
  return (
    <fieldset className="filters">
      <legend className="sr-only">Consoles</legend>
      <button type="button" className="chip" aria-pressed={products.size === 0} onClick={() => onToggle(null)}>
        All
      </button>
      {PRODUCTS.map((p) => (
        <button
          key={p.id}
          type="button"
          className="chip"
          aria-pressed={products.has(p.id)}
          title={p.name}
          onClick={() => onToggle(p.id)}
        >
          {p.shortName}
        </button>
      ))}
    </fieldset>
  );
}
