import type * as tf from '@tensorflow/tfjs-core';
import { Linear, activate, type Activation, type InitName, type Module } from '@probseq/nn';

/** Registers linear layers `layers.0 …` of the given sizes on `owner`; returns them and the output width. */
export function addLayers(owner: Module, inFeatures: number, sizes: number[], init: InitName, seed: number): [Linear[], number] {
  const layers: Linear[] = [];
  let width = inFeatures;
  sizes.forEach((size, i) => {
    layers.push(owner.registerModule(`layers.${i}`, new Linear(width, size, { init, seed: seed + i })));
    width = size;
  });
  return [layers, width];
}

/** x through each layer followed by the activation. */
export function applyLayers(layers: readonly Linear[], activation: Activation, x: tf.Tensor): tf.Tensor {
  let y = x;
  for (const layer of layers) y = activate(layer.apply(y), activation);
  return y;
}
