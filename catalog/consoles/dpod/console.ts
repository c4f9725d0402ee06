import { defineConsole } from '../../define';
import { page } from './page';

export default defineConsole({
  id: 'dpod',
  name: 'IBM DataPower Operations Dashboard',
  shortName: 'DPOD',
  description: 'Backup task execution status codes, on the host where your DPOD is installed.',
  hostChoice: 'DPOD (self-hosted)',
  queryNames: ['dpod', 'datapower', 'data power', 'ibm'],
  queryWords: [],
  // Installed on the customer's own host: nowhere without being asked.
  builtInHosts: [],
  sections: [{ id: 'executions', name: 'Backup task executions', supportId: null }],
  page,
});
