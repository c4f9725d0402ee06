import { browser } from 'wxt/browser';
import { type DeskFormTarget, deskFormPath } from '../../components/desk/link';

/** Opens the options page at the desk's form, filled in for a status. */
export function openDeskForm(target: DeskFormTarget): void {
  void browser.tabs.create({ url: browser.runtime.getURL(deskFormPath(target) as '/options.html') });
}
