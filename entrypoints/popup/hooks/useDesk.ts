import { useEffect, useState } from 'react';
import { type Desk, EMPTY_DESK } from '../../../components/desk/schema';
import { watchContentSettings } from '../../../components/settings/content';

/** The desk's notes and entries, the organisation's and the user's, kept current. */
export function useDesk(): Desk {
  const [desk, setDesk] = useState<Desk>(EMPTY_DESK);
  useEffect(() => watchContentSettings((settings) => setDesk(settings.desk)), []);
  return desk;
}
