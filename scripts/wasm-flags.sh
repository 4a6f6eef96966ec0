# Sourced by build.sh and the wasm tests: the compiler flags of both packages.

# simd128 in both: the sum's inner loop vectorises, which is what keeps wasm
# at native speed there (every browser with wasm threads also has SIMD).
export WASM_SINGLE_RUSTFLAGS="-C target-feature=+simd128"

# The threaded package's shared memory maximum, in bytes. A shared memory is
# reserved at its maximum when it is created, and phones refuse large ones
# (Mobile Safari fails with "Out of memory" at start-up for the 4 GiB that
# the linker would otherwise declare). The limits need: the largest value
# buffer (sum: 200,000,000 u32, or sum64: 100,000,000 u64 = 800 MB, never
# both at once), plus what a max-size sum was measured to use besides it in
# Chromium 156 (poolInfo().memory_bytes: 814 MiB after sum n=200M with a
# 4-thread pool, of which 1.2 MiB is the module and 2.06 MiB each pool
# thread's stack). 1 GiB leaves room for 100 pool threads (2 x 50 cores).
# scripts/check-shared-memory.mjs checks the built module declares it.
export WASM_THREADS_MAX_MEMORY=1073741824

# The threaded package. +atomics alone is no longer enough on current nightly
# (rust-lang/rust#147225): the linker must be told to import a shared memory
# and export the TLS symbols wasm-bindgen's thread start-up uses. std is
# rebuilt (-Z build-std) because the prebuilt one has no atomics. Passed as
# RUSTFLAGS, not in a config file, so they never reach native builds or the
# single-threaded package.
export WASM_THREADS_RUSTFLAGS="-C target-feature=+atomics,+bulk-memory,+mutable-globals,+simd128 \
 -C link-arg=--shared-memory -C link-arg=--max-memory=$WASM_THREADS_MAX_MEMORY -C link-arg=--import-memory \
 -C link-arg=--export=__wasm_init_tls -C link-arg=--export=__tls_size \
 -C link-arg=--export=__tls_align -C link-arg=--export=__tls_base"
export WASM_THREADS_BUILD_STD="-Z build-std=panic_abort,std"
