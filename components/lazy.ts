/**
 * A value built on first use and kept. For zod schemas a script loaded on every console page needs only
 * now and then: building them is a measurable part of its start-up.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}
