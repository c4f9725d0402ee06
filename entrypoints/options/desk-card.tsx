import { type RefObject, useEffect, useRef, useState } from 'react';
import type { DeskFormTarget } from '../../components/desk/link';
import type { Policy } from '../../components/settings/policy-hosts';
import type { Settings } from '../../components/settings/schema';
import type { Confirm } from './confirmation';

/** What each desk card (notes, entries) is given by the options page. */
export interface DeskCardProps {
  settings: Settings;
  policy: Policy;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  confirm: Confirm;
  /** The form a deep link asks for (the tooltip's "Add a desk note"), filled in. */
  prefill?: DeskFormTarget;
}

/**
 * A desk card's editing state: the item in its form (null: a new one), the deep link's form filled in once (after
 * an edit the form starts empty), and the card's heading, which takes the focus back when the form is left (saved
 * or cancelled) rather than the page's body.
 */
export function useDeskEditing<T>(prefill: DeskFormTarget | undefined) {
  const [editing, setEditing] = useState<T | null>(null);
  const [start, setStart] = useState(prefill);
  const heading = useRef<HTMLHeadingElement>(null);
  const edit = (item: T | null) => {
    setStart(undefined);
    setEditing(item);
    if (item === null) requestAnimationFrame(() => heading.current?.focus());
  };
  return { editing, start, heading, edit };
}

/** A deep link or an Edit brings the form into view with the focus in its text, the field left to fill. */
export function useFocusWhenOpened(field: RefObject<HTMLTextAreaElement | null>, opened: boolean): void {
  useEffect(() => {
    if (!opened) return;
    field.current?.scrollIntoView({ block: 'center' });
    field.current?.focus({ preventScroll: true });
  }, [field, opened]);
}

/** A desk form's error, its submit button ("Add note", "Save note" while editing) and, while editing, Cancel. */
export function DeskFormFoot(props: {
  id: string;
  error: string | null;
  editing: boolean;
  /** What the form adds: "note", "desk entry". */
  noun: string;
  onCancel: () => void;
}) {
  const { id, error, editing } = props;
  return (
    <>
      {error && (
        <p id={`${id}-error`} className="field-error full" role="alert">
          {error}
        </p>
      )}
      <div className="actions full">
        <button type="submit" className="button primary">
          {editing ? 'Save' : 'Add'} {props.noun}
        </button>
        {editing && (
          <button type="button" className="button quiet" onClick={props.onCancel}>
            Cancel editing
          </button>
        )}
      </div>
    </>
  );
}
