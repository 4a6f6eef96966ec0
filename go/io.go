package lesson

// Waiting for the network. fetch stands for one request: the
// goroutine asks, then has nothing to do until the answer
// comes.

import (
	"sync"
	"time"
)

func fetch(wait time.Duration) { time.Sleep(wait) }

func fetchInTurn(jobs int, wait time.Duration) {
	for range jobs {
		fetch(wait)
	}
}

// Every request at once. The waits overlap even with
// GOMAXPROCS(1): a sleeping goroutine holds no thread.
func fetchAtOnce(jobs int, wait time.Duration) {
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(wait)
		}()
	}
	wg.Wait()
}
