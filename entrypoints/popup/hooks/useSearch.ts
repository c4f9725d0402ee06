import { useMemo, useState } from 'react';
import { PRODUCTS, type ProductId } from '../../../catalog';
import type { Desk } from '../../../components/desk/schema';
import type { Item } from '../items';
import { consoleNamedIn } from '../query-words';
import { searchItems } from '../search-items';

/** Why a console is ranked first: it is the tab's (the user may drop that), or the query names it. */
export interface Preference {
  product: ProductId;
  from: 'tab' | 'query';
}

const LIMIT = 30;

/**
 * The search: the query, the console filters, and which console ranks first: the one the query names, else the
 * tab's console unless the user removed that chip.
 */
export function useSearch(tabConsole: ProductId | null, desk: Desk) {
  const [query, setQuery] = useState('');
  const [products, setProducts] = useState<ReadonlySet<ProductId>>(new Set());
  const [tabDropped, setTabDropped] = useState(false);

  const named = useMemo(() => consoleNamedIn(query), [query]);
  const preference: Preference | null = named
    ? { product: named.product, from: 'query' }
    : tabConsole && !tabDropped
      ? { product: tabConsole, from: 'tab' }
      : null;
  const searching = query.trim().length > 0;
  const text = named?.rest ?? query;
  const prefer = preference?.product;
  const results: Item[] = useMemo(
    () => (searching ? searchItems(text, products, LIMIT, desk, prefer) : []),
    [searching, text, products, desk, prefer],
  );

  /** Toggles a console filter; null shows every console. Every console selected is the same as none. */
  const toggleProduct = (id: ProductId | null) =>
    setProducts((current) => {
      if (id === null) return new Set();
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next.size === PRODUCTS.length ? new Set() : next;
    });

  return {
    query,
    setQuery,
    searching,
    products,
    toggleProduct,
    preference,
    dropTabPreference: () => setTabDropped(true),
    results,
  };
}
