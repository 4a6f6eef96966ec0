package lesson

// More threads than cores: the split fib from the fib card,
// timed with GOMAXPROCS at 1, at the number of cores, and at
// twice that.

import (
	"fmt"
	"runtime"
	"time"
)

func oversubscribe(n, cutoff int) {
	cores := runtime.NumCPU()
	for _, procs := range []int{1, cores, 2 * cores} {
		runtime.GOMAXPROCS(procs)
		start := time.Now()
		fibSplit(n, cutoff)
		fmt.Printf("GOMAXPROCS(%d): %v\n", procs, time.Since(start))
	}
}
