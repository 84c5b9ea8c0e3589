import type { UserConfig } from 'vitest/config';

export function probseqVitestConfig(overrides?: NonNullable<UserConfig['test']>): UserConfig;
