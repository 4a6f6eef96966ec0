// The Go beside each experiment card of the page, in the lesson's style.
// scripts/gen-code.mjs shows go/<experiment id>.go on that card. Every file
// is part of one package, checked by tests/go.sh with Go 1.19: no
// range over an int, no min/max builtins, loop values passed to goroutines.
module example.org/parallel-playground/lesson

go 1.19
