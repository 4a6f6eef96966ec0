package lesson

// Waiting for the network. fetch stands for one request: the
// goroutine asks, then has nothing to do until the answer
// comes. A timer stands in for the request, as on the page: a
// goroutine waiting for the network holds no thread either. A
// blocking read of a file differs: it keeps its thread, and the
// runtime gives the other goroutines another one meanwhile.

import (
	"sync"
	"time"
)

func fetch(wait time.Duration) { time.Sleep(wait) }

func fetchInTurn(jobs int, wait time.Duration) {
	for job := 0; job < jobs; job++ {
		fetch(wait)
	}
}

// Every request at once. The waits overlap even with
// GOMAXPROCS(1): a sleeping goroutine holds no thread.
func fetchAtOnce(jobs int, wait time.Duration) {
	var wg sync.WaitGroup
	for job := 0; job < jobs; job++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(wait)
		}()
	}
	wg.Wait()
}
