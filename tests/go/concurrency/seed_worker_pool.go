// The issue's seed program: 10 workers process 14 tasks per round over many
// rounds, each task a closure capturing a 1 MiB payload. Finished tasks are
// dropped by the queue, so the live heap stays at about one round's worth
// however many rounds run (refcounts free each payload when its task ends).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type task func() int

func worker(tasks <-chan task, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		results <- t()
	}
}

func main() {
	const workers, perRound, rounds = 10, 14, 40
	tasks := make(chan task, perRound)
	results := make(chan int, perRound)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(tasks, results, &wg)
	}
	var ms runtime.MemStats
	maxHeap := uint64(0)
	total := 0
	for r := 0; r < rounds; r++ {
		for i := 0; i < perRound; i++ {
			payload := make([]byte, 1<<20)
			payload[len(payload)-1] = byte(i)
			tasks <- func() int { return len(payload) + int(payload[len(payload)-1]) }
		}
		for i := 0; i < perRound; i++ {
			total += <-results
		}
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > maxHeap {
			maxHeap = ms.HeapAlloc
		}
	}
	close(tasks)
	wg.Wait()
	fmt.Println(workers, "workers,", perRound*rounds, "tasks, total", total)
	fmt.Println("allocated MiB:", ms.TotalAlloc>>20 >= perRound*rounds)
	fmt.Println("peak live heap under 2 rounds:", maxHeap < 2*perRound<<20)
	runtime.GC() // nothing to collect here (refcounts freed it all); Go needs it
	runtime.ReadMemStats(&ms)
	fmt.Println("live heap after the pool is done under 1 MiB:", ms.HeapAlloc < 1<<20)
}

// Output:
// 10 workers, 560 tasks, total 587206200
// allocated MiB: true
// peak live heap under 2 rounds: true
// live heap after the pool is done under 1 MiB: true
