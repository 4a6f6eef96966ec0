package lesson

// More threads than cores: the split fib of the fib card with
// GOMAXPROCS at 1, at the number of cores, and at twice that.
// GOMAXPROCS limits the threads executing Go code at once (not
// the goroutines); past the core count the OS has to slice
// those threads. go test's -cpu flag runs a benchmark once per
// GOMAXPROCS value:
//
//	go test -bench FibSplit -cpu 1,2,4
//
// A program can do the same with testing.Benchmark.

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// onThreads measures job under GOMAXPROCS(procs), calling it as
// often as a steady figure needs, and puts GOMAXPROCS back.
func onThreads(procs int, job func()) time.Duration {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	r := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			job()
		}
	})
	return time.Duration(r.NsPerOp())
}

func oversubscribe(n, cutoff int) {
	cores := runtime.NumCPU()
	for _, procs := range []int{1, cores, 2 * cores} {
		t := onThreads(procs, func() { fibSplit(n, cutoff) })
		fmt.Printf("GOMAXPROCS(%d): %v\n", procs, t)
	}
}
