package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"buildvsbuy/model"
)

// policyForm is the form of the policy's thresholds and horizon. Each entry
// says at once when its text is not a valid value; Apply sets the values.
type policyForm struct {
	ctl     *Controller
	entries []*widget.Entry
	items   []*widget.FormItem
}

func newPolicyForm(ctl *Controller) *policyForm {
	f := &policyForm{ctl: ctl}
	p := ctl.Policy()
	for _, pf := range model.PolicyFields {
		e := widget.NewEntry()
		e.SetText(PolicyText(pf, &p))
		e.Validator = func(text string) error { return CheckPolicy(pf, text) }
		f.entries = append(f.entries, e)
		item := widget.NewFormItem(pf.Label, e)
		item.HintText = pf.Units + " · " + pf.Key + " " + pf.Range.String()
		f.items = append(f.items, item)
	}
	return f
}

// apply sets every value of the form into the policy, as one change that
// Undo takes back at once; the first refusal is returned (and shown in the
// status line), the other values still apply.
func (f *policyForm) apply() error {
	var first error
	f.ctl.group("policy edit", func() {
		for i, pf := range model.PolicyFields {
			if err := f.ctl.SetPolicy(pf.Key, f.entries[i].Text); err != nil && first == nil {
				first = err
			}
		}
	})
	return first
}

// showPolicyDialog opens the policy form; Apply recomputes every scenario.
func showPolicyDialog(ctl *Controller, win fyne.Window) {
	f := newPolicyForm(ctl)
	d := dialog.NewForm("Policy: when to buy, when to build", "Apply", "Cancel", f.items, func(ok bool) {
		if !ok {
			return
		}
		if err := f.apply(); err != nil {
			dialog.ShowError(err, win)
		}
	}, win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
