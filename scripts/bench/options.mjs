// The command line of `npm run bench`.
import { parseArgs } from 'node:util';

/** { rounds, build, out } from process.argv; throws on a round count that is not a whole number from 1 up. */
export function parseOptions() {
  const { values: opts } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results.json' },
    },
  });
  const rounds = Number(opts.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number from 1 up, not ${opts.rounds}`);
  return { rounds, build: !opts['no-build'], out: opts.out };
}
