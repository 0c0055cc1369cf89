package ui

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"buildvsbuy/assets"
)

// crashEdits makes the edits the crash test expects to get back: values,
// a new scenario, a refused value and an edit left open mid-typing.
func crashEdits(t testing.TB, c *Controller) {
	q := rowOf(t, c, "queries_per_month")
	c.SetCell(Cell{Row: q, Col: 1}, "123,456")
	c.SetCell(Cell{Row: rowOf(t, c, "gpu_hourly"), Col: 2}, "$4.25")
	c.Select(Cell{Row: 0, Col: 3})
	c.AddScenario()
	c.SetCell(Cell{Row: rowOf(t, c, "growth_pct"), Col: 1}, "lots") // refused, marked
	c.Select(Cell{Row: rowOf(t, c, "engineers"), Col: 2})
	c.BeginEdit("3", true)
	c.SetEditText("3.5") // typed, not yet committed
}

const crashChildEnv = "BUILDVSBUY_CRASH_CHILD_DIR"

// TestRecoveryAfterKill runs itself as a child process that edits a
// document with autosave on and is then killed (SIGKILL on Unix) without
// saving; a new start finds its recovery file and restores every edit,
// the refused value and the half-typed one included.
func TestRecoveryAfterKill(t *testing.T) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		store, err := OpenRecoveryStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		c := NewController(assets.DefaultDocument(), "")
		NewAutosaver(store, AutosaveDelay).Watch(c)
		crashEdits(t, c)
		os.Stdout.WriteString("EDITED\n")
		time.Sleep(time.Minute) // killed long before this
		return
	}

	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestRecoveryAfterKill$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	for lines.Scan() && !strings.Contains(lines.Text(), "EDITED") {
	}
	time.Sleep(time.Second) // autosave writes within a second
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	store, err := OpenRecoveryStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(false)
	orphan, err := store.Orphan()
	if err != nil || orphan == nil {
		t.Fatalf("no recovery file found after the kill: %v (files: %v)", err, ls(dir))
	}
	if orphan.State.PID != cmd.Process.Pid || !orphan.State.Dirty {
		t.Errorf("recovery file of pid %d, dirty %v; want pid %d, dirty", orphan.State.PID, orphan.State.Dirty, cmd.Process.Pid)
	}

	want := NewController(assets.DefaultDocument(), "")
	crashEdits(t, want)
	got := NewController(assets.DefaultDocument(), "")
	if err := got.Restore(orphan.State); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Document(), want.Document()) {
		t.Errorf("restored document differs from the edited one")
	}
	if !got.Dirty() {
		t.Errorf("restored work is not marked unsaved")
	}
	growth := Cell{Row: rowOf(t, got, "growth_pct"), Col: 1}
	if m, ok := got.Mark(growth); !ok || m.Text != "lots" {
		t.Errorf("refused value not restored: %+v, %v", m, ok)
	}
	if e, ok := got.Editing(); !ok || e.Text != "3.5" || e.Cell != (Cell{Row: rowOf(t, got, "engineers"), Col: 2}) {
		t.Errorf("edit in progress not restored: %+v, %v", e, ok)
	}
	if err := orphan.Remove(); err != nil {
		t.Fatal(err)
	}
	if o, _ := store.Orphan(); o != nil {
		t.Errorf("the restored recovery file is still offered")
	}
}

func ls(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestRecoveryStoreLeavesRunningInstancesAlone(t *testing.T) {
	dir := t.TempDir()
	a, err := openRecoveryStore(dir, 1000001)
	if err != nil {
		t.Fatal(err)
	}
	b, err := openRecoveryStore(dir, 1000002)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close(false)
	if _, err := openRecoveryStore(dir, 1000001); err == nil {
		t.Errorf("a second store took the lock of a running one")
	}
	if err := a.Write(RecoveryState{Written: time.Now(), Dirty: true, Document: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	if o, err := b.Orphan(); o != nil || err != nil {
		t.Errorf("the file of a running instance was offered: %v, %v", o, err)
	}
	// a ends without cleaning up, as a crash would leave it.
	unlock(a.lock)
	o, err := b.Orphan()
	if err != nil || o == nil || o.State.PID != 1000001 {
		t.Fatalf("orphan = %+v, %v; want the file of pid 1000001", o, err)
	}
	// While b holds the orphan, a third instance does not see it.
	c, err := openRecoveryStore(dir, 1000003)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(false)
	if o2, _ := c.Orphan(); o2 != nil {
		t.Errorf("an orphan held by one instance was offered to another")
	}
	o.Release()
	if o2, _ := c.Orphan(); o2 == nil {
		t.Errorf("a released orphan is not offered again")
	} else {
		o2.Release()
	}

	// The newest of several orphans is offered.
	d, _ := openRecoveryStore(dir, 1000004)
	d.Write(RecoveryState{Written: time.Now().Add(time.Minute), Path: "newer.json", Dirty: true, Document: []byte(`{}`)})
	unlock(d.lock)
	if o, _ := b.Orphan(); o == nil || o.State.Path != "newer.json" {
		t.Errorf("the newest orphan was not offered first: %+v", o)
	}
}

func TestAutosaveWritesAndClears(t *testing.T) {
	dir := t.TempDir()
	store, err := OpenRecoveryStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := NewController(assets.DefaultDocument(), "")
	a := NewAutosaver(store, 20*time.Millisecond)
	a.Watch(c)
	c.SetCell(Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1}, "77")
	deadline := time.Now().Add(time.Second)
	for {
		if _, err := os.Stat(store.File()); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no recovery file a second after an edit")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(store.File())
	if !strings.Contains(string(data), `"queries_per_month": 77`) && !strings.Contains(string(data), `"queries_per_month":77`) {
		t.Errorf("recovery file lacks the edit: %s", data)
	}

	// A save leaves nothing to recover: the file goes.
	if err := c.SaveAs(filepath.Join(dir, "saved.json")); err != nil {
		t.Fatal(err)
	}
	a.Flush()
	if _, err := os.Stat(store.File()); !os.IsNotExist(err) {
		t.Errorf("recovery file still there after a save: %v", err)
	}

	// Unsaved work at a stop is kept for the next start, unless discarded.
	c.SetCell(Cell{Row: rowOf(t, c, "queries_per_month"), Col: 1}, "78")
	if err := a.Stop(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(store.File()); err != nil {
		t.Errorf("unsaved work not kept at stop: %v", err)
	}
	store2, _ := OpenRecoveryStore(dir)
	a2 := NewAutosaver(store2, time.Millisecond)
	c.OnChange(func(Change) {}) // the old autosaver is stopped and writes nothing more
	a2.Changed(c.recoverySnapshot())
	if err := a2.Stop(true); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(store2.File()); !os.IsNotExist(err) {
		t.Errorf("discarded work still has a recovery file: %v", err)
	}
}
