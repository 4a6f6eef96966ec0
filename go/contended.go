package lesson

// Everyone through one counter: every single addition takes the
// same Mutex, or updates the same atomic counter. forEach shares
// the values out among the threads, as rayon's par_iter does:
// here one chunk per thread that may run Go code (GOMAXPROCS).

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// forEach calls add for every value, from one goroutine per
// chunk, and returns when all of them are done.
func forEach(values []uint32, add func(v uint32)) {
	k := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for t := 0; t < k; t++ {
		wg.Add(1)
		go func(chunk []uint32) {
			defer wg.Done()
			for _, v := range chunk {
				add(v)
			}
		}(values[t*len(values)/k : (t+1)*len(values)/k])
	}
	wg.Wait()
}

func sumLocked(values []uint32) uint64 {
	var mu sync.Mutex
	var total uint64
	forEach(values, func(v uint32) {
		mu.Lock()
		total += uint64(v)
		mu.Unlock()
	})
	return total
}

func sumAtomic(values []uint32) uint64 {
	var total atomic.Uint64
	forEach(values, func(v uint32) {
		total.Add(uint64(v))
	})
	return total.Load()
}
