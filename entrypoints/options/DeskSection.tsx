import type { DeskFormTarget } from '../../components/desk/link';
import type { Policy } from '../../components/settings/policy-hosts';
import type { Settings } from '../../components/settings/schema';
import type { Confirm } from './confirmation';
import { EntriesCard } from './EntriesCard';
import { NotesCard } from './NotesCard';

interface Props {
  settings: Settings;
  policy: Policy;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  confirm: Confirm;
  /** The form a deep link asks for (the tooltip's "Add a desk note"), filled in. */
  prefill?: DeskFormTarget;
}

/** The desk's notes on statuses and its explanations of statuses the catalog does not know. */
export function DeskSection(props: Props) {
  return (
    <>
      <NotesCard {...props} />
      <EntriesCard {...props} />
    </>
  );
}
