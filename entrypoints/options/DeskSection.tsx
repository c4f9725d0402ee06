import type { DeskCardProps } from './desk-card';
import { EntriesCard } from './EntriesCard';
import { NotesCard } from './NotesCard';

/** The desk's notes on statuses and its explanations of statuses the catalog does not know. */
export function DeskSection(props: DeskCardProps) {
  return (
    <>
      <NotesCard {...props} />
      <EntriesCard {...props} />
    </>
  );
}
