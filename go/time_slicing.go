package lesson

// Run to completion or time slicing. A rayon pool is a fixed
// set of workers that each run a task to its end before taking
// the next one; twoWorkers is that pool in Go. Go's own
// scheduler is different: it preempts a goroutine that has run
// for about 10 ms, so three goroutines under GOMAXPROCS(2) take
// turns on two threads, as three OS threads take turns on two
// cores.

import (
	"runtime"
	"sync"
)

// Two workers, three jobs: the third job runs alone at the end.
func twoWorkers(n int) uint64 {
	jobs := make(chan int, 3)
	for job := range 3 {
		jobs <- job
	}
	close(jobs)
	results := make(chan uint64, 3)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				results <- fib(n)
			}
		}()
	}
	wg.Wait()
	close(results)
	var total uint64
	for r := range results {
		total += r
	}
	return total
}

// Three goroutines on two threads: sliced in turns, all three
// finish late but together.
func threeTimeSliced(n int) uint64 {
	runtime.GOMAXPROCS(2)
	return fibThreeGoroutines(n)
}
