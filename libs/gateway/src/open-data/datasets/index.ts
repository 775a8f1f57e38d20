import { groups } from './directory.datasets';
import { agreements, evaluations, proposals } from './collaboration.datasets';
import { measureProgress, policyMeasures, surveyResults, trainingPrograms, trainingSessions } from './engagement.datasets';
import { fundStatements, grantAwards, grantPrograms, venues } from './resources.datasets';
import type { OpenDataset } from './dataset-kit';

export { LOCAL_GOVERNMENT_CODE, LOCAL_GOVERNMENT_NAME, selectionFor, type AnonymousExecutor, type OpenDataColumn, type OpenDataRecord, type OpenDataset } from './dataset-kit';

/** Every dataset, in catalogue order. Add one here when a subgraph gains public records. */
export const OPEN_DATASETS: readonly OpenDataset[] = [
  groups, proposals, agreements, evaluations, venues, trainingPrograms, trainingSessions, policyMeasures, measureProgress,
  fundStatements, grantPrograms, grantAwards, surveyResults,
];
