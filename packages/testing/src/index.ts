export { describeBackends, availableBackends } from './describe-backends';
export type { DescribeBackendsOptions } from './describe-backends';
export { expectClose, maxAbsDiff } from './expect-close';
export { expectNoLeak } from './expect-no-leak';
export { expectGradientsMatch, numericGradients, analyticGradients } from './check-gradients';
export type { GradientCheckOptions, TensorFunction } from './check-gradients';
export { expectCloseAsync, readValues, withScope } from './async-read';
