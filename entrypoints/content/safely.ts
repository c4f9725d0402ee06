/** A page that throws or breaks the DOM under us must not take the overlay down. */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    console.debug('[Status Lens]', error);
    return fallback;
  }
}
