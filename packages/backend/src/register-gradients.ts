// tfjs-core's Node build registers no gradients and no chained ops; the browser
// bundle of @tensorflow/tfjs does. Importing them here (bundled by tsup) makes
// training work the same everywhere once @probseq/backend is loaded.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export const gradientsRegistered = true;
