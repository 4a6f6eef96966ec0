package lesson

// Same code, one thread or many: the three goroutines of the
// fib_three card, unchanged, under GOMAXPROCS(1) and then
// GOMAXPROCS(k).

import (
	"fmt"
	"runtime"
	"time"
)

func oneVsK(n, k int) {
	for _, procs := range []int{1, k} {
		runtime.GOMAXPROCS(procs)
		start := time.Now()
		fibThreeGoroutines(n)
		fmt.Printf("GOMAXPROCS(%d): %v\n", procs, time.Since(start))
	}
}
