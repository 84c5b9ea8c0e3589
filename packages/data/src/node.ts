/**
 * `@probseq/data/node`: reading data sets from files and folders in Node. Everything else in
 * `@probseq/data` works on bytes and strings and runs in browsers too.
 */
export { readDataset, DATA_EXTENSIONS } from './read-path';
export type { ReadDatasetOptions } from './read-path';
