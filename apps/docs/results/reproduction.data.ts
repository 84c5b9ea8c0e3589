import { experimentResultsLoader, type ExperimentResultsData } from '../lib/experiment-results-loader';

/** The raw results.json of `pnpm experiment reproduction` (read by the page when the site is built). */
export type ReproductionData = ExperimentResultsData;

export declare const data: ReproductionData;

export default experimentResultsLoader('reproduction');
