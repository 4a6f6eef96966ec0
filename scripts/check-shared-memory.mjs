// Fails unless the threaded wasm module imports a *shared* memory with the
// maximum scripts/wasm-flags.sh declares.
//
// Current nightly no longer adds --shared-memory for +atomics by itself
// (rust-lang/rust#147225): a build that forgets the linker flags succeeds, but
// its memory is private and the pool deadlocks or throws. And a shared memory
// is reserved at its maximum when it is created: a module that declares more
// than the limits need (the linker's default is 4 GiB) is refused by phones.
// The import section is read by the same function the compute worker uses
// (www/protocol.js importedMemory).
import { readFileSync } from 'node:fs';
import { importedMemory, WASM_PAGE } from '../www/protocol.js';

const file = process.argv[2];
const memory = importedMemory(readFileSync(file));
if (!memory) {
  console.error(`${file}: imports no memory. The threaded build must use --import-memory; see build.sh.`);
  process.exit(1);
}
const { module, field, shared, initial, maximum } = memory;
if (!shared) {
  console.error(`${file}: ${module}.${field} is NOT shared. The threaded build lost --shared-memory; see build.sh.`);
  process.exit(1);
}
if (maximum === null) {
  console.error(`${file}: ${module}.${field} declares no maximum; a shared memory needs one (--max-memory in scripts/wasm-flags.sh).`);
  process.exit(1);
}
const mib = (pages) => `${((pages * WASM_PAGE) / 2 ** 20).toLocaleString('en')} MiB`;
const declared = process.env.WASM_THREADS_MAX_MEMORY;
if (declared && maximum * WASM_PAGE !== Number(declared)) {
  console.error(`${file}: ${module}.${field} has a maximum of ${mib(maximum)} (${maximum} pages), but scripts/wasm-flags.sh declares ${Number(declared).toLocaleString('en')} bytes: the linker flag did not reach the build.`);
  process.exit(1);
}
console.log(`${file}: memory ${module}.${field} is shared, ${mib(initial)} initial, ${mib(maximum)} maximum`);
