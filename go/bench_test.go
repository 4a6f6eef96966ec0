package lesson

// The cards' work as Go benchmarks, at the page's default sizes, e.g.
//
//	go test -run '^$' -bench . -cpu 1,2,4
//
// -cpu runs each benchmark once per GOMAXPROCS value (the -N suffix of
// its name) and puts it back, so one command is every card's thread
// counts: the one_vs_k card is FibThree at -cpu 1,k, the oversubscribe
// card FibSplit at -cpu 1,cores,2×cores, the time slicing card InPool
// at -cpu 2.

import (
	"sync"
	"testing"
	"time"
)

// The page's defaults (crates/core/src/workloads/*.rs, and 36 for the
// time slicing card in crates/core/src/registry.rs), so each figure
// sits beside the card's.
const (
	sumN, sumTasks    = 20_000_000, 64
	fibN, fibCutoff   = 35, 20
	fibThreeN         = 32
	ioJobs, ioWait    = 3, 200 * time.Millisecond
	mixedWait, mixedN = 50 * time.Millisecond, 32
	contendedN        = 1_000_000
	slicingN          = 36
)

// The values, filled once and outside every timing, as the page's buffer.
var (
	valuesOnce sync.Once
	values     []uint32
)

func sumValues(b *testing.B, n int) []uint32 {
	valuesOnce.Do(func() { values = fill(sumN) })
	b.ResetTimer()
	return values[:n]
}

// sink keeps the compiler from dropping a result nobody reads.
var sink uint64

func BenchmarkSumSeq(b *testing.B) {
	v := sumValues(b, sumN)
	for i := 0; i < b.N; i++ {
		sink = sumSeq(v)
	}
}

func BenchmarkSumHalves(b *testing.B) {
	v := sumValues(b, sumN)
	for i := 0; i < b.N; i++ {
		sink = sumHalves(v)
	}
}

func BenchmarkSumPar(b *testing.B) {
	v := sumValues(b, sumN)
	for i := 0; i < b.N; i++ {
		sink = sumPar(v)
	}
}

func BenchmarkSumChunks(b *testing.B) {
	v := sumValues(b, sumN)
	for i := 0; i < b.N; i++ {
		sink = sumChunks(v, sumTasks)
	}
}

func BenchmarkFib(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fib(fibN)
	}
}

func BenchmarkFibSplit(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fibSplit(fibN, fibCutoff)
	}
}

func BenchmarkFibThreeInTurn(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fibThreeInTurn(fibThreeN)
	}
}

func BenchmarkFibThreeGoroutines(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fibThreeGoroutines(fibThreeN)
	}
}

func BenchmarkFetchInTurn(b *testing.B) {
	for i := 0; i < b.N; i++ {
		fetchInTurn(ioJobs, ioWait)
	}
}

func BenchmarkFetchAtOnce(b *testing.B) {
	for i := 0; i < b.N; i++ {
		fetchAtOnce(ioJobs, ioWait)
	}
}

func BenchmarkMixedInTurn(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = mixedInTurn(ioJobs, mixedWait, mixedN)
	}
}

func BenchmarkMixedAtOnce(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = mixedAtOnce(ioJobs, mixedWait, mixedN)
	}
}

func BenchmarkContendedSeq(b *testing.B) {
	v := sumValues(b, contendedN)
	for i := 0; i < b.N; i++ {
		sink = sumSeq(v)
	}
}

func BenchmarkSumLocked(b *testing.B) {
	v := sumValues(b, contendedN)
	for i := 0; i < b.N; i++ {
		sink = sumLocked(v)
	}
}

func BenchmarkSumAtomic(b *testing.B) {
	v := sumValues(b, contendedN)
	for i := 0; i < b.N; i++ {
		sink = sumAtomic(v)
	}
}

func BenchmarkInPoolOfTwo(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = inPool(2, 3, slicingN)
	}
}

func BenchmarkInPoolOfThree(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = inPool(3, 3, slicingN)
	}
}
