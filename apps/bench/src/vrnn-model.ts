import type { BenchModel } from './bench-model';
import type { BenchConfig } from './configs';

/** The real `@probseq/vrnn` behind the benchmark interface (pending: the package has not landed yet). */
export function vrnnModel(c: BenchConfig): BenchModel {
  throw new Error(`@probseq/vrnn does not export VRNN yet (config ${c.name}); use --impl standalone.`);
}
