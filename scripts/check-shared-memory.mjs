// Fails unless the threaded wasm module imports a *shared* memory.
//
// Current nightly no longer adds --shared-memory for +atomics by itself
// (rust-lang/rust#147225): a build that forgets the linker flags succeeds, but
// its memory is private and the pool deadlocks or throws. Read the import
// section and check the limits flag of env.memory (0x03 = shared + maximum).
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const bytes = readFileSync(file);
let at = 8; // magic + version

function leb() {
  let result = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}
function name() {
  const len = leb();
  const s = bytes.subarray(at, at + len).toString('utf8');
  at += len;
  return s;
}

while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  if (id === 2) {
    for (let count = leb(); count > 0; count--) {
      const mod = name(), field = name(), kind = bytes[at++];
      if (kind === 2) {
        const flags = bytes[at];
        const shared = (flags & 0x02) !== 0;
        if (!shared) {
          console.error(`${file}: ${mod}.${field} is NOT shared (limits flags ${flags}). The threaded build lost --shared-memory; see build.sh.`);
          process.exit(1);
        }
        console.log(`${file}: memory ${mod}.${field} is shared`);
        process.exit(0);
      }
      // Skip the rest of a non-memory import: func (index), table, global.
      if (kind === 0) leb();
      else if (kind === 1) { at++; const f = bytes[at++]; leb(); if (f & 1) leb(); }
      else if (kind === 3) { at += 2; }
      else if (kind === 4) { at++; leb(); }
    }
  }
  at = end;
}
console.error(`${file}: imports no memory. The threaded build must use --import-memory; see build.sh.`);
process.exit(1);
