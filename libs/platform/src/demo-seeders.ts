import { collaborationDemoSeeder } from '@tsunagaru/collaboration-demo-data';
import { directoryDemoSeeder } from '@tsunagaru/directory-demo-data';
import { engagementDemoSeeder } from '@tsunagaru/engagement-demo-data';
import { resourcesDemoSeeder } from '@tsunagaru/resources-demo-data';
import type { DemoSeeder } from '@tsunagaru/shared-persistence';

/** Each subgraph's demo data, by subgraph name. Only local, test and bench set-ups load it. */
export const DEMO_SEEDERS: Readonly<Record<string, DemoSeeder>> = {
  directory: directoryDemoSeeder,
  collaboration: collaborationDemoSeeder,
  resources: resourcesDemoSeeder,
  engagement: engagementDemoSeeder,
};

export function demoSeederFor(subgraphName: string): DemoSeeder {
  const seeder = DEMO_SEEDERS[subgraphName];
  if (!seeder) throw new Error(`no demo data for subgraph "${subgraphName}"`);
  return seeder;
}
