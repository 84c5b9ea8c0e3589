import { VRNN } from '@probseq/vrnn';

// A model saved with `await model.save('runs/strokes')` (Node) or served over HTTP (browser).
const model = await VRNN.load('runs/strokes');
const xs = model.sample({ steps: 100, batch: 4, seed: 7 }); // [100, 4, xDim]
const values = (await xs.array()) as number[][][];
console.log(values.length, values[0].length, values[0][0].length); // 100 4 3
xs.dispose();
model.dispose();
