export { describeBackends, availableBackends } from './describe-backends';
export { expectClose, maxAbsDiff } from './expect-close';
export { expectNoLeak } from './expect-no-leak';
