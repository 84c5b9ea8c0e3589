import { experimentResultsLoader, type ExperimentResultsData } from '../lib/experiment-results-loader';

/** The raw results.json of `pnpm experiment filtering-vs-smoothing` (read by the page when the site is built). */
export type ConvergedData = ExperimentResultsData;

export declare const data: ConvergedData;

export default experimentResultsLoader('filtering-vs-smoothing');
