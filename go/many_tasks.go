package lesson

// The lesson's fintech story, measured: a thousand CPU-bound jobs
// of about 1 ms, one goroutine each, against one goroutine per
// thread that may run Go code (GOMAXPROCS) doing the same jobs.
// Goroutines are not threads: the runtime runs them on GOMAXPROCS
// threads, and going from one goroutine to the next happens in
// user space, without the operating system. With 1 ms jobs both
// take the same time: 1000 goroutines cost no context switches.

import (
	"runtime"
	"sync"
)

// oneGoroutinePerJob starts a goroutine for every job; each writes
// its own answer, so none waits for another.
func oneGoroutinePerJob(jobs, n int) uint64 {
	answers := make([]uint64, jobs)
	var wg sync.WaitGroup
	for job := 0; job < jobs; job++ {
		wg.Add(1)
		go func(job int) {
			defer wg.Done()
			answers[job] = fib(n)
		}(job)
	}
	wg.Wait()
	return addUp(answers)
}

// oneGoroutinePerThread shares the same jobs out among GOMAXPROCS
// goroutines, each running its share in a loop: the story's fix,
// "bound concurrency to runtime.NumCPU()".
func oneGoroutinePerThread(jobs, n int) uint64 {
	k := runtime.GOMAXPROCS(0)
	answers := make([]uint64, k)
	var wg sync.WaitGroup
	for t := 0; t < k; t++ {
		wg.Add(1)
		go func(t, from, to int) {
			defer wg.Done()
			for job := from; job < to; job++ {
				answers[t] += fib(n)
			}
		}(t, t*jobs/k, (t+1)*jobs/k)
	}
	wg.Wait()
	return addUp(answers)
}

func addUp(answers []uint64) uint64 {
	var total uint64
	for _, a := range answers {
		total += a
	}
	return total
}
