import { defineConsole } from '../../define';
import { page } from './page';

export default defineConsole({
  id: 'mxhero',
  name: 'mxHERO Mail2Cloud',
  shortName: 'mxHERO',
  description: 'Notification codes with their module, type and level.',
  hostChoice: 'mxHERO Mail2Cloud',
  queryNames: ['mail2cloud', 'mail 2 cloud'],
  // The cloud storages a technician names with a symptom ("box disconnected").
  queryWords: ['box', 'onedrive', 'one drive', 'google drive', 'gdrive'],
  builtInHosts: ['*://*.mxhero.com/*'],
  sections: [{ id: 'notifications', name: 'Notifications', supportId: null }],
  page,
});
