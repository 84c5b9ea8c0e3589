import { Linear, type InitName, type Module } from '@probseq/nn';

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
