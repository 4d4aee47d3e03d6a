import fc from 'fast-check';

/*
 * Property tests run with one fixed seed so `npm test` (and CI) is deterministic. To look
 * for new counterexamples, run with another: FC_SEED=123 npx vitest run test/properties.
 * A failure prints its seed and path; add that seed to the test that found it.
 */
fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20110201) });
