package lesson

// Everyone through one lock: every single addition takes the
// same Mutex, or updates the same atomic counter. One goroutine
// per thread that GOMAXPROCS allows, each taking every k-th
// value.

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func sumLocked(values []uint32) uint64 {
	var mu sync.Mutex
	var total uint64
	k := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(values); i += k {
				mu.Lock()
				total += uint64(values[i])
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return total
}

func sumAtomic(values []uint32) uint64 {
	var total atomic.Uint64
	k := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(values); i += k {
				total.Add(uint64(values[i]))
			}
		}()
	}
	wg.Wait()
	return total.Load()
}
