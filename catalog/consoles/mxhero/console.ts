import { defineConsole } from '../../define';
import { page } from './page';

export default defineConsole({
  id: 'mxhero',
  name: 'mxHERO Mail2Cloud',
  shortName: 'mxHERO',
  description: 'Notification codes with their module, type and level.',
  hostChoice: 'mxHERO Mail2Cloud',
  // The cloud storages the notification codes name (Box, OneDrive): a technician searches by them.
  queryWords: ['mxhero', 'mail2cloud', 'box', 'onedrive'],
  builtInHosts: ['*://*.mxhero.com/*'],
  sections: [{ id: 'notifications', name: 'Notifications', supportId: null }],
  page,
});
