package lesson

// Same code, one thread or many: the three goroutines of the
// fib_three card, unchanged, under GOMAXPROCS(1) and then
// GOMAXPROCS(k). onThreads is the oversubscribe card's; go test
// does the same with: go test -bench FibThree -cpu 1,4

import "fmt"

func oneVsK(n, k int) {
	for _, procs := range []int{1, k} {
		t := onThreads(procs, func() { fibThreeGoroutines(n) })
		fmt.Printf("GOMAXPROCS(%d): %v\n", procs, t)
	}
}
