// Build vs Buy tells whether to self-host an AI stack or call a commercial
// API, and shows the money behind the answer.
//
// Run without arguments it opens the desktop app; with a command (report,
// export, plot, sensitivity, goalseek, simulate) it works on the command line. Run "buildvsbuy help" for more.
package main

import (
	"fmt"
	"os"
	"runtime"

	"buildvsbuy/ui"
)

func main() {
	if len(os.Args) > 1 {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if msg := displayProblem(runtime.GOOS, os.Getenv); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(exitInvalid)
	}
	ui.Run()
}
