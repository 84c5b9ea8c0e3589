import type { ProjectReflection } from 'typedoc';

/** Fills missing parameter descriptions from other doc comments; counts parameters and those still without one. */
export function fillParameterDescriptions(project: ProjectReflection): { total: number; before: number; after: number };
