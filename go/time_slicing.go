package lesson

// Run to completion or time slicing. A rayon pool is a fixed
// set of workers, each running a task to its end before taking
// the next: inPool with two workers is such a pool. Three
// workers on two threads are another story: Go's scheduler
// preempts a goroutine that has run for about 10 ms, so the
// three take turns, as three OS threads take turns on two cores.

import (
	"fmt"
	"sync"
)

// Three fib(n) jobs on a pool of `workers` goroutines. With two,
// the third job starts only when a worker is free.
func inPool(workers, n int) uint64 {
	jobs := make(chan int, 3)
	for job := 0; job < 3; job++ {
		jobs <- n // each job is fib(n)
	}
	close(jobs)
	results := make(chan uint64, 3)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range jobs {
				results <- fib(job)
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

// The card's two runs, both on two threads: a pool of two takes
// two jobs' time; three workers are sliced in turns and finish
// together, after about one and a half jobs' time.
func timeSlicing(n int) {
	for _, workers := range []int{2, 3} {
		t := onThreads(2, func() { inPool(workers, n) })
		fmt.Printf("%d workers: %v\n", workers, t)
	}
}
