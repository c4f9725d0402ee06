import { useCallback, useState } from 'react';

/**
 * What the options page confirms after a change: a visible line (also read by screen readers), with Undo where
 * the change removed or replaced something.
 */
export interface Confirmation {
  message: string;
  /**
   * Puts back what the change removed and says what it did; runs inside the Undo click, so it may ask the browser
   * for access.
   */
  undo?: () => Promise<string>;
  /** Bumped on every confirmation: the same words twice still show (and are read) as a new one. */
  id: number;
}

export type Confirm = (message: string, undo?: Confirmation['undo']) => void;

/** The confirmation on show, and the function that replaces it. */
export function useConfirmation() {
  const [current, setCurrent] = useState<Confirmation | null>(null);
  const confirm = useCallback<Confirm>(
    (message, undo) => setCurrent((prev) => ({ message, undo, id: (prev?.id ?? 0) + 1 })),
    [],
  );
  const dismiss = useCallback(() => setCurrent(null), []);
  return { current, confirm, dismiss };
}
