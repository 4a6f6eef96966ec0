//! The two declarations the workload modules are written in.
//!
//! `variants!` declares a workload's variants once: each one's enum case, its
//! id and label (what reports and the page show), whether it needs threads,
//! and the call that is timed. From that one list it generates the enum, its
//! registry entries (`VariantSpec`, including the timed call as text and the
//! function it calls, which the page's Code view shows) and the method that
//! runs a variant, so the text shown is the code compiled.
//!
//! ```ignore
//! variants! {
//!     computing pub enum FibVariant for Fib, input (), |&Fib { n, cutoff }, _| {
//!         Seq: "seq", "Sequential: plain recursion" => fib_seq(n),
//!         Par: "par", "rayon::join above the cutoff" => fib_join(n, cutoff),
//!     }
//! }
//! ```
//!
//! `computing` variants get `fn time(self, w: &W, input: I) -> u64`, the
//! closure-like head binding the workload's fields and the input; `waiting`
//! ones get `async fn time(self, w: &W, sleep: Sleep) -> u64` and bind the
//! sleep instead. A variant marked `, needs_threads` after its label is only
//! measured where the pool has threads of its own.
//!
//! `workloads!` (used once, in `workloads/mod.rs`) lists the workloads, one
//! line each (`computing Fib(fib::Fib)`: the kind, the enum case, the module
//! and the type), and generates the modules, the closed enum of validated
//! workloads and the dispatch from it to the generic harness.

macro_rules! variants {
    (@needs) => { false };
    (@needs needs_threads) => { true };
    (
        @enum $(#[$meta:meta])* $vis:vis enum $E:ident {
            $( $V:ident: $id:literal, $label:literal $(, $flag:ident)? => $f:ident($($a:tt)*), )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $E { $( $V, )+ }

        impl $E {
            /// The stable key of this variant in reports ("seq", "par").
            pub const fn id(self) -> &'static str {
                match self { $( $E::$V => $id, )+ }
            }
        }

        impl $crate::workloads::Variants for $E {
            const ALL: &'static [Self] = &[$( $E::$V, )+];
            const SPECS: &'static [$crate::registry::VariantSpec] = &[$(
                $crate::registry::VariantSpec {
                    id: $id,
                    label: $label,
                    needs_threads: variants!(@needs $($flag)?),
                    function: stringify!($f),
                    call: concat!(stringify!($f), "(", stringify!($($a)*), ")"),
                },
            )+];
            fn spec(self) -> &'static $crate::registry::VariantSpec {
                &Self::SPECS[self as usize]
            }
        }
    };
    (
        $(#[$meta:meta])*
        computing $vis:vis enum $E:ident for $W:ty, input $I:ty, |$w:pat_param, $i:pat_param| {
            $( $V:ident: $id:literal, $label:literal $(, $flag:ident)? => $f:ident($($a:tt)*), )+
        }
    ) => {
        variants!(@enum $(#[$meta])* $vis enum $E { $( $V: $id, $label $(, $flag)? => $f($($a)*), )+ });

        impl $E {
            /// Runs this variant once: exactly the call its declaration shows.
            #[allow(unused_variables)]
            pub fn time(self, w: &$W, input: $I) -> u64 {
                let $w = w;
                let $i = input;
                match self { $( $E::$V => $f($($a)*), )+ }
            }
        }
    };
    (
        $(#[$meta:meta])*
        waiting $vis:vis enum $E:ident for $W:ty, |$w:pat_param, $s:pat_param| {
            $( $V:ident: $id:literal, $label:literal $(, $flag:ident)? => $f:ident($($a:tt)*), )+
        }
    ) => {
        variants!(@enum $(#[$meta])* $vis enum $E { $( $V: $id, $label $(, $flag)? => $f($($a)*), )+ });

        impl $E {
            /// Runs this variant once: exactly the call its declaration shows.
            #[allow(unused_variables)]
            pub async fn time(self, w: &$W, sleep: $crate::workloads::Sleep<'_>) -> u64 {
                let $w = w;
                let $s = sleep;
                match self { $( $E::$V => $f($($a)*).await, )+ }
            }
        }
    };
}

macro_rules! workloads {
    (@visit computing, $v:ident, $w:ident) => { $v.computing($w) };
    (@visit waiting, $v:ident, $w:ident) => { $v.waiting($w) };
    (@waits computing) => { false };
    (@waits waiting) => { true };
    ($( $kind:ident $V:ident($m:ident::$T:ident), )+) => {
        $( pub mod $m; )+

        /// A validated workload: one of the lesson's experiments with its
        /// parameters. In JSON `{ "workload": id, ...its parameters }`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "workload", rename_all = "snake_case")]
        pub enum Workload { $( $V($m::$T), )+ }

        /// Every workload's registry entry, in the order the page and the CLI list them.
        pub const WORKLOADS: &[WorkloadSpec] = &[$( <$m::$T as Declared>::SPEC, )+];

        // A `waiting` workload says so in its registry entry (the page and the CLI read `waits`).
        $( const _: () = assert!(workloads!(@waits $kind) == <$m::$T as Declared>::SPEC.waits); )+

        impl Workload {
            /// The workload registered as `id`, from the request's numbers; None for an unknown id.
            pub(crate) fn parse(id: &str, values: &Values<'_>) -> Option<Result<Workload, ParamError>> {
                $( if id == <$m::$T as Declared>::SPEC.id {
                    return Some(<$m::$T as Declared>::parse(values).map(Workload::$V));
                } )+
                None
            }

            /// Its entry in the registry.
            pub fn spec(&self) -> &'static WorkloadSpec {
                match self { $( Workload::$V(_) => &<$m::$T as Declared>::SPEC, )+ }
            }

            /// Its cost model and exact answer.
            pub fn model(&self) -> &dyn Model {
                match self { $( Workload::$V(w) => w, )+ }
            }

            /// Hands the concrete workload to `v`'s computing or waiting method.
            pub fn visit<V: Visit>(&self, v: V) -> V::Out {
                match self { $( Workload::$V(w) => workloads!(@visit $kind, v, w), )+ }
            }
        }
    };
}
