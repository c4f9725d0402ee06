import { defineConsole } from '../../define';
import { page } from './page';

export default defineConsole({
  id: 'dropsuite',
  name: 'Dropsuite',
  shortName: 'Dropsuite',
  description: 'Backup, migration, restore and download statuses, also on portals a reseller brands as its own.',
  hostChoice: 'Dropsuite (also white-labelled)',
  queryNames: [],
  queryWords: [],
  builtInHosts: ['*://*.dropsuite.com/*'],
  sections: [
    {
      id: 'backups',
      name: 'Backups',
      supportId: {
        label: 'Mailbox Email ID',
        headers: ['mailbox email id', 'mailbox', 'email id', 'email', 'account', 'user'],
        shape: 'email',
      },
    },
    {
      id: 'migrates',
      name: 'Migrates',
      supportId: {
        label: 'Migration ID',
        headers: ['migration id', 'migration', 'migrate', 'job id', 'id'],
        shape: 'id',
      },
    },
    {
      id: 'restores',
      name: 'Restores',
      supportId: { label: 'Restore ID', headers: ['restore id', 'restore', 'job id', 'id'], shape: 'id' },
    },
    {
      id: 'downloads',
      name: 'Downloads',
      supportId: {
        label: 'Download ID',
        headers: ['download id', 'download', 'export id', 'job id', 'id'],
        shape: 'id',
      },
    },
    {
      id: 'dashboard',
      name: 'Backup dashboard',
      supportId: {
        label: 'Mailbox Email ID',
        headers: ['mailbox email id', 'mailbox', 'email id', 'email', 'account', 'user'],
        shape: 'email',
      },
    },
  ],
  page,
});
