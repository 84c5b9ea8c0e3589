// TEMPORARY until @probseq/nn's saveParameters/loadParameters land.
import type { Module } from '@probseq/nn';
export type ModelTarget = string;
export type ModelSource = string;
export async function saveModelFiles(_m: Module, _t: ModelTarget, _meta: { kind: string; config: object }): Promise<void> {
  throw new Error('save: waiting for @probseq/nn saveParameters');
}
export async function loadModelFiles<M>(_s: ModelSource, _kind: string, _build: (c: Record<string, unknown>) => M): Promise<M> {
  throw new Error('load: waiting for @probseq/nn loadParameters');
}
