# Sourced by build.sh and the wasm tests: the compiler flags of both packages.

# simd128 in both: the sum's inner loop vectorises, which is what keeps wasm
# at native speed there (every browser with wasm threads also has SIMD).
export WASM_SINGLE_RUSTFLAGS="-C target-feature=+simd128"

# The threaded package. +atomics alone is no longer enough on current nightly
# (rust-lang/rust#147225): the linker must be told to import a shared memory
# and export the TLS symbols wasm-bindgen's thread start-up uses. std is
# rebuilt (-Z build-std) because the prebuilt one has no atomics. Passed as
# RUSTFLAGS, not in a config file, so they never reach native builds or the
# single-threaded package.
export WASM_THREADS_RUSTFLAGS="-C target-feature=+atomics,+bulk-memory,+mutable-globals,+simd128 \
 -C link-arg=--shared-memory -C link-arg=--max-memory=4294967296 -C link-arg=--import-memory \
 -C link-arg=--export=__wasm_init_tls -C link-arg=--export=__tls_size \
 -C link-arg=--export=__tls_align -C link-arg=--export=__tls_base"
export WASM_THREADS_BUILD_STD="-Z build-std=panic_abort,std"
