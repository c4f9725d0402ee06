import { useEffect, useState } from 'react';
import { shortcutsText } from '../../../components/shortcuts';

/** The keyboard commands that move through the page's statuses, with the keys the user set: "Alt+Shift+. next status · …". */
export function useKeysText(): string {
  const [keys, setKeys] = useState('');
  useEffect(() => {
    shortcutsText().then(setKeys, () => setKeys(''));
  }, []);
  return keys;
}
