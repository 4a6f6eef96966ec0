// The machine line of the output: figures mean little without it.
import { cpus, platform, arch, release, totalmem } from 'node:os';
import { CORES } from './config.mjs';

/** This machine and `browser`; the bench page adds what the browser reports. */
export function describeMachine(browser) {
  return {
    cores: CORES,
    cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memory_gb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${arch()} ${release()}`,
    chromium: `Chromium ${browser.version()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}
