import { ConfigError, loadConfig } from '../../src/config.js';

/** The problems loadConfig reports for `env`; fails the test if it accepts it. */
export function configProblems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
