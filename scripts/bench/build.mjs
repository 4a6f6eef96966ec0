// Building what the bench measures, unless --no-build: both wasm packages and
// dist/ (build.sh) and the native CLI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, DIST } from '../lib/paths.mjs';
import { log } from './log.mjs';
import { CLI, NATIVE_TARGET_DIR, NATIVE_RUSTFLAGS } from './native.mjs';

/** Runs a build step, its output on stderr so that stdout keeps only the tables; returns its time in ms. */
export function sh(cmd, args, env = {}) {
  log(`==> ${Object.entries(env).map(([k, v]) => `${k}="${v}" `).join('')}${cmd} ${args.join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  return performance.now() - t0;
}

/** Builds everything; returns each step's time for bench-results.json. */
export function buildAll() {
  return {
    build_sh_ms: sh('bash', ['build.sh']),
    // The native reference is the build a Rust developer would ship for this
    // very machine: release, LTO, one codegen unit (Cargo.toml) and the CPU's
    // own instructions, in a target directory of its own.
    cli_ms: sh('cargo', ['build', '--release', '-p', 'playground-cli', '--target-dir', NATIVE_TARGET_DIR], { RUSTFLAGS: NATIVE_RUSTFLAGS }),
  };
}

/** Throws unless the CLI and the threaded package are there (--no-build trusts they are). */
export function assertBuilt() {
  if (!existsSync(CLI) || !existsSync(join(DIST, 'www/pkg/threads'))) throw new Error('nothing built: run without --no-build');
}
