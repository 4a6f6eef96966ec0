package lesson

// Run to completion or time slicing. A rayon pool is a fixed
// set of workers, each running a task to its end before taking
// the next: inPool is such a pool. One more job than there are
// threads is the card's question: with as many workers as threads
// the last job waits for a free worker (two rounds); with one
// worker per job, Go's scheduler preempts a goroutine that has run
// for about 10 ms, so they take turns, as threads take turns on
// the cores, and all make progress at once.

import (
	"fmt"
	"runtime"
	"sync"
)

// jobs fib(n) jobs on a pool of `workers` goroutines: a job starts
// only when a worker is free.
func inPool(workers, jobs, n int) uint64 {
	queue := make(chan int, jobs)
	for job := 0; job < jobs; job++ {
		queue <- n // each job is fib(n)
	}
	close(queue)
	results := make(chan uint64, jobs)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range queue {
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

// The card's two runs, both on as many threads as cores, with one
// job more than cores: a pool of `cores` workers takes two jobs'
// time; one worker per job is sliced in turns, and the last ends
// after (cores + 1) / cores jobs' time at best.
func timeSlicing(n int) {
	cores := runtime.NumCPU()
	for _, workers := range []int{cores, cores + 1} {
		t := onThreads(cores, func() { inPool(workers, cores+1, n) })
		fmt.Printf("%d workers for %d jobs: %v\n", workers, cores+1, t)
	}
}
