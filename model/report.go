package model

import "encoding/json"

// MarshalJSON writes the result as `report --json` prints it: every key of
// SPEC section 3, plus "name" and the month-by-month "months".
func (r Result) MarshalJSON() ([]byte, error) {
	months := r.Months
	if months == nil {
		months = []Month{}
	}
	return json.Marshal(struct {
		Name              string   `json:"name"`
		APICostPerQuery   float64  `json:"api_cost_per_query"`
		BuyMonth1         float64  `json:"buy_month1"`
		BuildSteadyMonth1 float64  `json:"build_steady_month1"`
		BuyTotal          float64  `json:"buy_total"`
		BuildTotal        float64  `json:"build_total"`
		Savings           float64  `json:"savings"`
		BreakEvenQueries  *float64 `json:"break_even_queries"`
		BreakEvenMonth    *int     `json:"break_even_month"`
		Flags             Flags    `json:"flags"`
		Verdict           Verdict  `json:"verdict"`
		Reasons           []string `json:"reasons"`
		Months            []Month  `json:"months"`
	}{
		r.Name, r.APICostPerQuery, r.BuyMonth1, r.BuildSteadyMonth1, r.BuyTotal, r.BuildTotal, r.Savings,
		r.BreakEvenQueries, r.BreakEvenMonth, r.Flags, r.Verdict, r.Reasons(), months,
	})
}
