package lesson

// Waiting and computing: each job waits for a request, computes
// with the answer, then waits for a second request. (fetch is
// the I/O card's, fib the fib card's.)

import "time"

func mixedJob(wait time.Duration, n int) uint64 {
	fetch(wait)
	v := fib(n)
	fetch(wait)
	return v
}

func mixedInTurn(jobs int, wait time.Duration, n int) uint64 {
	var total uint64
	for job := 0; job < jobs; job++ {
		total += mixedJob(wait, n)
	}
	return total
}

// In Go one function covers both concurrent Rust versions. With
// GOMAXPROCS(1) the waits overlap but the fib calls take turns
// on one thread ("computing here"); with more, they also run
// side by side ("computing on the pool").
func mixedAtOnce(jobs int, wait time.Duration, n int) uint64 {
	results := make(chan uint64, jobs)
	for job := 0; job < jobs; job++ {
		go func() { results <- mixedJob(wait, n) }()
	}
	var total uint64
	for job := 0; job < jobs; job++ {
		total += <-results
	}
	return total
}
