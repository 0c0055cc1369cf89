package model_test

import (
	"math"
	"strings"
	"testing"

	"buildvsbuy/assets"
	"buildvsbuy/model"
)

// The golden values below are worked out by hand from SPEC section 3 for the
// six seed scenarios (assets.DefaultDocument, the same file as
// shared/spec/seed-scenarios.json), under the default policy: buy at or below
// $10,000/month, revisit below $5,000, plan for scale at 1,000,000 queries,
// true scale at 10,000,000, 12 months. HOURS = 730.
//
// Capacities used below (tokens per replica-month):
//
//	2,500 tok/s at 50%:  2500*3600*730*0.50 =  3,285,000,000
//	10,000 tok/s at 60%: 10000*3600*730*0.60 = 15,768,000,000
//	6,000 tok/s at 40%:  6000*3600*730*0.40 =  6,307,200,000
//	8,000 tok/s at 60%:  8000*3600*730*0.60 = 12,614,400,000
//
// Growth factors: 1.03^11 = 1.384233870724445, 1.03^12 = 1.425760886846179;
// 1.05^5 = 1.2762815625, 1.05^6 = 1.340095640625, 1.05^11 = 1.710339358116313,
// 1.05^12 = 1.795856326022129; 1.08^3 = 1.259712, 1.08^4 = 1.36048896,
// 1.08^11 = 2.331638997054610, 1.08^12 = 2.518170116818978.
// The sum of g^(m-1) over m = 1..12 is (g^12 - 1)/(g - 1).

type goldenMonth struct {
	month                         int
	queries, replicas, buy, build float64
	cumBuy, cumBuild              float64
}

type golden struct {
	name                                string
	apiPerQuery, buyMonth1, buildSteady float64
	buyTotal, buildTotal, savings       float64
	breakEvenQueries                    *float64
	breakEvenMonth, planForScaleMonth   *int
	trueScale, revisit                  bool
	verdict                             model.Verdict
	rule                                int
	reasons                             []string // phrases Reasons must contain
	months                              []goldenMonth
}

func fp(v float64) *float64 { return &v }
func ip(v int) *int         { return &v }

var seedGolden = []golden{
	{
		// api_per_query = (1500*3 + 300*15 + 0*0.1)/1e6 = (4,500 + 4,500)/1e6 = 0.009
		// buy(m) = 50,000*0.009 + 50 = 450 + 50 = 500 every month (no growth)
		// replicas: 50,000*1,800 = 90,000,000 tokens / 3,285,000,000 = 0.027 -> ceil 1, max(1, 1) = 1
		// replica_cost = 8*3*730 = 17,520; team = 1*16,000 = 16,000
		// build(m) = 1*17,520 + 6,480 + 16,000 = 40,000 (build_months 0, no upfront)
		// buy_total = 12*500 = 6,000; build_total = 12*40,000 = 480,000
		// savings = 480,000 - 6,000 = 474,000
		// break-even volume: a replica serves 3,285,000,000/1,800 = 1,825,000 queries.
		//   Step 1 (q <= 1,825,000): need q = (40,000 - 50)/0.009 = 4,438,889 > 1,825,000.
		//   Each further replica costs 17,520 but its 1,825,000 queries buy only
		//   1,825,000*0.009 = 16,425 of API: the gap widens by 1,095 per step -> none.
		// break-even month: 40,000*m > 500*m always -> none
		// plan for scale: 50,000 < 1,000,000 -> none; true scale: no; revisit: 500 < 5,000 -> yes
		// verdict: API can serve (latency 1,500 <= 3,000); rule 2: 500 <= 10,000 -> BUY
		name:        "Docs Q&A assistant (today)",
		apiPerQuery: 0.009, buyMonth1: 500, buildSteady: 40000,
		buyTotal: 6000, buildTotal: 480000, savings: 474000,
		revisit: true, verdict: model.Buy, rule: 2,
		reasons: []string{"within the $10,000/month buy threshold", "revisit at 10x volume (500,000 queries/month)",
			"does not pay for itself within the 12-month horizon", "At no volume"},
		months: []goldenMonth{
			{1, 50000, 1, 500, 40000, 500, 40000},
			{12, 50000, 1, 500, 40000, 6000, 480000},
		},
	},
	{
		// api_per_query = (2000*2.5 + 1500*10)/1e6 = (5,000 + 15,000)/1e6 = 0.02
		// buy(m) = 10,000,000*0.02 + 0 = 200,000
		// capacity = 15,768,000,000; 10,000,000*3,500 = 35,000,000,000 tokens
		//   -> 35e9/15.768e9 = 2.22 -> 3 replicas
		// replica_cost = 8*2.5*730 = 14,600; team = 2*15,000 = 30,000
		// build_steady_month1 = 3*14,600 + 6,200 + 30,000 = 80,000
		// months 1-3 (building): build = 200,000 + 30,000 = 230,000; months 4-12: 80,000
		// buy_total = 12*200,000 = 2,400,000
		// build_total = 3*230,000 + 9*80,000 = 690,000 + 720,000 = 1,410,000
		// savings = 1,410,000 - 2,400,000 = -990,000
		// break-even volume: one replica serves 15,768,000,000/3,500 = 4,505,142.86 queries;
		//   step 1: q = (14,600 + 6,200 + 30,000 - 0)/0.02 = 50,800/0.02 = 2,540,000 <= 4,505,142.86
		// break-even month: cum build 230k/460k/690k vs buy 200k/400k/600k, then
		//   month 4: 690,000 + 80,000 = 770,000 <= 800,000 -> month 4
		// plan for scale: month 1 (10M >= 1M); true scale: 10M >= 10M; revisit: no
		// verdict: rule 2: 200,000 > 10,000; rule 3: 1,410,000 < 2,400,000 -> BUILD
		name:        "True scale (10M calls/month)",
		apiPerQuery: 0.02, buyMonth1: 200000, buildSteady: 80000,
		buyTotal: 2400000, buildTotal: 1410000, savings: -990000,
		breakEvenQueries: fp(2540000), breakEvenMonth: ip(4), planForScaleMonth: ip(1),
		trueScale: true, verdict: model.Build, rule: 3,
		reasons: []string{"Build: over 12 months self-hosting costs $1,410,000 against $2,400,000 for the API: building saves $990,000.",
			"paid for itself by month 4", "from 2,540,000 queries/month", "Plan for scale: volume reaches 1,000,000 queries/month in month 1",
			"True scale: 10,000,000 queries/month is at or above 10,000,000."},
		months: []goldenMonth{
			{1, 1e7, 0, 200000, 230000, 200000, 230000},
			{3, 1e7, 0, 200000, 230000, 600000, 690000},
			{4, 1e7, 3, 200000, 80000, 800000, 770000},
			{12, 1e7, 3, 200000, 80000, 2400000, 1410000},
		},
	},
	{
		// api_per_query = (3000*3 + 500*15 + 500*0.1)/1e6 = (9,000 + 7,500 + 50)/1e6 = 0.01655
		// buy(1) = 200,000*0.01655 + 100 = 3,310 + 100 = 3,410
		// replicas: one serves 3,285,000,000/3,500 = 938,571 queries; peak volume
		//   200,000*1.03^11 = 276,847 -> 1 replica all year
		// replica_cost = 8*3*730 = 17,520; team = 1.5*17,000 = 25,500
		// build_steady_month1 = 17,520 + 5,000 + 25,500 = 48,020
		// total queries = 200,000*(1.03^12 - 1)/0.03 = 200,000*14.19202956153929 = 2,838,405.912
		// buy_total = 2,838,405.912*0.01655 + 12*100 = 46,975.618 + 1,200 = 48,175.618
		// months 1-4 building: queries 200,000*(1 + 1.03 + 1.0609 + 1.092727) = 836,725.4
		//   buy m1..4 = 836,725.4*0.01655 + 400 = 13,847.805 + 400 = 14,247.805
		// build_total = 14,247.805 + 4*25,500 + 50,000 (upfront) + 8*48,020
		//             = 14,247.805 + 102,000 + 50,000 + 384,160 = 550,407.805
		// savings = 550,407.805 - 48,175.618 = 502,232.188
		// break-even volume: step 1 needs (17,520 + 30,500 - 100)/0.01655 = 2,895,468 > 938,571;
		//   a replica's 938,571 queries buy 938,571*0.01655 = 15,533 < 17,520 -> none
		// break-even month: month 1 alone costs 3,410 + 25,500 + 50,000 = 78,910 vs 3,410 -> none
		// flags: never 1M -> none; not true scale; revisit: 3,410 < 5,000
		// verdict: regulated -> BUILD_REQUIRED
		name:        "Hospital records (data stays on-premise)",
		apiPerQuery: 0.01655, buyMonth1: 3410, buildSteady: 48020,
		buyTotal: 48175.6178486964, buildTotal: 550407.80537, savings: 502232.1875213036,
		revisit: true, verdict: model.BuildRequired, rule: 1,
		reasons: []string{"Self-hosting is required: the API cannot serve because the data is regulated and may not leave your environment.",
			"revisit at 10x volume (2,000,000 queries/month)"},
		months: []goldenMonth{
			// month 1: build = 3,410 + 25,500 + 50,000 = 78,910
			{1, 200000, 0, 3410, 78910, 3410, 78910},
			// month 4: q = 200,000*1.092727 = 218,545.4; buy = 3,616.92637 + 100
			{4, 218545.4, 0, 3716.92637, 29216.92637, 14247.80537, 166247.80537},
			// month 5: q = 200,000*1.12550881 = 225,101.762; buy = 3,725.4341611 + 100; live
			{5, 225101.762, 1, 3825.4341611, 48020, 18073.2395311, 214267.80537},
			// month 12: q = 200,000*1.384233870724445 = 276,846.774; buy = 4,581.814112 + 100
			{12, 276846.774144889, 1, 4681.81411209796, 48020, 48175.6178486964, 550407.80537},
		},
	},
	{
		// api_per_query = (400*0.8 + 20*4)/1e6 = (320 + 80)/1e6 = 0.0004
		// buy(m) = 5,000,000*0.0004 = 2,000
		// capacity 6,307,200,000; 5,000,000*420 = 2.1e9 tokens -> 0.33 -> 1 -> max(2, 1) = 2
		// replica_cost = 1*3*730 = 2,190; team = 2*20,000 = 40,000
		// build_steady_month1 = 2*2,190 + 4,000 + 40,000 = 48,380
		// buy_total = 12*2,000 = 24,000
		// build_total = 3*(2,000 + 40,000) + 30,000 + 9*48,380 = 126,000 + 30,000 + 435,420 = 591,420
		// savings = 591,420 - 24,000 = 567,420
		// break-even volume: a replica serves 6,307,200,000/420 = 15,017,142.857 queries.
		//   need(k) = (2,190k + 44,000)/0.0004 = 5,475,000k + 110,000,000
		//   minimum block (2 replicas, q <= 30,034,285.7): need(2) = 120,950,000 -> no.
		//   Step k fits when need(k) <= 15,017,142.857k <=> k >= 110,000,000/9,542,142.857 = 11.53
		//   -> k = 12: need(12) = 65,700,000 + 110,000,000 = 175,700,000, inside
		//   (11*15,017,142.857, 12*15,017,142.857] = (165,188,571, 180,205,714]
		// break-even month: none (2,000/month of API vs 42,000+ of build)
		// plan for scale: month 1 (5M >= 1M); true scale: 5M < 10M no; revisit: 2,000 < 5,000
		// verdict: latency budget 20 ms < API 800 ms -> BUILD_REQUIRED
		name:        "Trading signals (sub-50 ms)",
		apiPerQuery: 0.0004, buyMonth1: 2000, buildSteady: 48380,
		buyTotal: 24000, buildTotal: 591420, savings: 567420,
		breakEvenQueries: fp(175700000), planForScaleMonth: ip(1),
		revisit: true, verdict: model.BuildRequired, rule: 1,
		reasons: []string{"the latency budget of 20 ms is below the API's typical 800 ms",
			"from 175,700,000 queries/month", "Plan for scale: volume reaches 1,000,000 queries/month in month 1"},
		months: []goldenMonth{
			// month 1: 2,000 + 40,000 + 30,000 upfront = 72,000
			{1, 5e6, 0, 2000, 72000, 2000, 72000},
			// month 4: live; cum build = 3*42,000 + 30,000 + 48,380 = 204,380
			{4, 5e6, 2, 2000, 48380, 8000, 204380},
			{12, 5e6, 2, 2000, 48380, 24000, 591420},
		},
	},
	{
		// api_per_query = (8000*3 + 1000*15 + 1000*0.1)/1e6 = (24,000 + 15,000 + 100)/1e6 = 0.0391
		// buy(1) = 400,000*0.0391 + 500 = 15,640 + 500 = 16,140
		// a replica serves 3,285,000,000/9,000 = 365,000 queries; 400,000 -> 1.10 -> 2 (= min 2)
		// replica_cost = 17,520; team = 2*18,000 = 36,000
		// build_steady_month1 = 2*17,520 + 8,000 + 36,000 = 79,040
		// total queries = 400,000*(1.05^12 - 1)/0.05 = 400,000*15.91712652044258 = 6,366,850.608
		// buy_total = 6,366,850.608*0.0391 + 12*500 = 248,943.859 + 6,000 = 254,943.859
		// months 1-6 building: queries 400,000*(1.05^6 - 1)/0.05 = 2,720,765.125
		//   buy m1..6 = 2,720,765.125*0.0391 + 3,000 = 106,381.916 + 3,000 = 109,381.916
		// months 7-12 live: peak 400,000*1.05^11 = 684,136 -> 1.87 -> 2 replicas: 79,040 each
		// build_total = 109,381.916 + 6*36,000 + 120,000 + 6*79,040
		//             = 109,381.916 + 216,000 + 120,000 + 474,240 = 919,621.916
		// savings = 919,621.916 - 254,943.859 = 664,678.058
		// break-even volume: minimum block (q <= 730,000) needs (35,040 + 44,000 - 500)/0.0391
		//   = 2,008,696 -> no; a replica's 365,000 queries buy 14,271.5 < 17,520 -> none
		// break-even month: none; plan for scale: peak 684,136 < 1M -> none; revisit: no
		// verdict: rule 2: 16,140 > 10,000; rule 3: 919,622 >= 254,944; rule 4: proprietary data
		name:        "Legal research (proprietary case law)",
		apiPerQuery: 0.0391, buyMonth1: 16140, buildSteady: 79040,
		buyTotal: 254943.858779722, buildTotal: 919621.9163875, savings: 664678.057607778,
		verdict: model.ConsiderBuild, rule: 4,
		reasons: []string{"above the $10,000/month buy threshold", "buying saves $664,678",
			"Consider building: proprietary data is a moat worth training on"},
		months: []goldenMonth{
			// month 1: 16,140 + 36,000 + 120,000 = 172,140
			{1, 400000, 0, 16140, 172140, 16140, 172140},
			// month 6: q = 400,000*1.2762815625 = 510,512.625; buy = 19,961.0436375 + 500
			{6, 510512.625, 0, 20461.0436375, 56461.0436375, 109381.9163875, 445381.9163875},
			// month 7: q = 400,000*1.340095640625 = 536,038.25625; buy = 20,959.0958194 + 500
			{7, 536038.25625, 2, 21459.095819375, 79040, 130841.012206875, 524421.9163875},
			// month 12: q = 400,000*1.710339358116313 = 684,135.743; buy = 26,749.7076 + 500
			{12, 684135.7432465254, 2, 27249.707560939147, 79040, 254943.858779722, 919621.9163875},
		},
	},
	{
		// api_per_query = (1200*3 + 600*15)/1e6 = (3,600 + 9,000)/1e6 = 0.0126
		// buy(1) = 2,000,000*0.0126 + 1,000 = 25,200 + 1,000 = 26,200
		// a replica serves 12,614,400,000/1,800 = 7,008,000 queries; peak 2,000,000*1.08^11
		//   = 4,663,278 -> 1 -> max(2, 1) = 2 replicas all year
		// replica_cost = 8*2.5*730 = 14,600; team = 3*18,000 = 54,000
		// build_steady_month1 = 2*14,600 + 12,000 + 54,000 = 95,200
		// total queries = 2,000,000*(1.08^12 - 1)/0.08 = 2,000,000*18.97712646023723 = 37,954,252.92
		// buy_total = 37,954,252.92*0.0126 + 12*1,000 = 478,223.587 + 12,000 = 490,223.587
		// months 1-4 building: queries 2,000,000*(1 + 1.08 + 1.1664 + 1.259712) = 9,012,224
		//   buy m1..4 = 9,012,224*0.0126 + 4,000 = 113,554.0224 + 4,000 = 117,554.0224
		// build_total = 117,554.0224 + 4*54,000 + 60,000 + 8*95,200
		//             = 117,554.0224 + 216,000 + 60,000 + 761,600 = 1,155,154.0224
		// savings = 1,155,154.0224 - 490,223.587 = 664,930.436
		// break-even volume: minimum block (2 replicas, q <= 14,016,000):
		//   q = (29,200 + 12,000 + 54,000 - 1,000)/0.0126 = 94,200/0.0126 = 7,476,190.476
		// break-even month: build 95,200/month > peak buy 59,757 -> none
		// plan for scale: month 1 (2M >= 1M); true scale: no; revisit: no
		// verdict: rule 2: 26,200 > 10,000; rule 3: no; rule 4: AI is the product
		name:        "AI-native product (model is the product)",
		apiPerQuery: 0.0126, buyMonth1: 26200, buildSteady: 95200,
		buyTotal: 490223.5867979782, buildTotal: 1155154.0224, savings: 664930.4356020218,
		breakEvenQueries: fp(94200.0 / 0.0126), planForScaleMonth: ip(1),
		verdict: model.ConsiderBuild, rule: 4,
		reasons: []string{"Consider building: the model itself is what customers buy", "from 7,476,190.48 queries/month"},
		months: []goldenMonth{
			// month 1: 26,200 + 54,000 + 60,000 = 140,200
			{1, 2e6, 0, 26200, 140200, 26200, 140200},
			// month 4: q = 2,000,000*1.259712 = 2,519,424; buy = 31,744.7424 + 1,000
			{4, 2519424, 0, 32744.7424, 86744.7424, 117554.0224, 393554.0224},
			// month 5: q = 2,000,000*1.36048896 = 2,720,977.92; buy = 34,284.321792 + 1,000; live
			{5, 2720977.92, 2, 35284.321792, 95200, 152838.344192, 488754.0224},
			// month 12: q = 2,000,000*2.33163899705461 = 4,663,277.994; buy = 58,757.3027 + 1,000
			{12, 4663277.99410922, 2, 59757.30272577616, 95200, 490223.5867979782, 1155154.0224},
		},
	},
}

const centTol = 0.005

// near reports whether got is within tol of want, or within 1e-9 of it
// relatively for very large values.
func near(got, want, tol float64) bool {
	return math.Abs(got-want) <= math.Max(tol, 1e-9*math.Abs(want))
}

func TestSeedScenariosGolden(t *testing.T) {
	doc := assets.DefaultDocument()
	if doc.Policy != model.DefaultPolicy() {
		t.Fatalf("seed policy = %+v, want the defaults %+v", doc.Policy, model.DefaultPolicy())
	}
	results := model.Evaluate(doc)
	if len(results) != len(seedGolden) {
		t.Fatalf("got %d results, want %d", len(results), len(seedGolden))
	}
	for i, want := range seedGolden {
		r := results[i]
		t.Run(want.name, func(t *testing.T) {
			if r.Name != want.name {
				t.Fatalf("result %d is %q, want %q", i, r.Name, want.name)
			}
			money := []struct {
				key       string
				got, want float64
				tol       float64
			}{
				{"api_cost_per_query", r.APICostPerQuery, want.apiPerQuery, 1e-12},
				{"buy_month1", r.BuyMonth1, want.buyMonth1, centTol},
				{"build_steady_month1", r.BuildSteadyMonth1, want.buildSteady, centTol},
				{"buy_total", r.BuyTotal, want.buyTotal, centTol},
				{"build_total", r.BuildTotal, want.buildTotal, centTol},
				{"savings", r.Savings, want.savings, centTol},
			}
			for _, m := range money {
				if !near(m.got, m.want, m.tol) {
					t.Errorf("%s = %.6f, want %.6f", m.key, m.got, m.want)
				}
			}
			switch {
			case (r.BreakEvenQueries == nil) != (want.breakEvenQueries == nil):
				t.Errorf("break_even_queries = %s, want %s", fmtPtr(r.BreakEvenQueries), fmtPtr(want.breakEvenQueries))
			case r.BreakEvenQueries != nil && !near(*r.BreakEvenQueries, *want.breakEvenQueries, 1e-6):
				t.Errorf("break_even_queries = %.6f, want %.6f", *r.BreakEvenQueries, *want.breakEvenQueries)
			}
			checkIntPtr(t, "break_even_month", r.BreakEvenMonth, want.breakEvenMonth)
			checkIntPtr(t, "flags.plan_for_scale_month", r.Flags.PlanForScaleMonth, want.planForScaleMonth)
			if r.Flags.TrueScale != want.trueScale {
				t.Errorf("flags.true_scale = %v, want %v", r.Flags.TrueScale, want.trueScale)
			}
			if r.Flags.Revisit != want.revisit {
				t.Errorf("flags.revisit = %v, want %v", r.Flags.Revisit, want.revisit)
			}
			if r.Verdict != want.verdict || r.DecidingRule() != want.rule {
				t.Errorf("verdict = %s by rule %d, want %s by rule %d", r.Verdict, r.DecidingRule(), want.verdict, want.rule)
			}
			if len(r.Months) != 12 {
				t.Fatalf("%d months, want 12", len(r.Months))
			}
			for _, wm := range want.months {
				m := r.Months[wm.month-1]
				if m.Month != wm.month {
					t.Errorf("month row %d says month %d", wm.month, m.Month)
				}
				for _, c := range []struct {
					key       string
					got, want float64
				}{
					{"queries", m.Queries, wm.queries}, {"replicas", m.Replicas, wm.replicas},
					{"buy", m.Buy, wm.buy}, {"build", m.Build, wm.build},
					{"cum_buy", m.CumBuy, wm.cumBuy}, {"cum_build", m.CumBuild, wm.cumBuild},
				} {
					if !near(c.got, c.want, centTol) {
						t.Errorf("month %d %s = %.6f, want %.6f", wm.month, c.key, c.got, c.want)
					}
				}
			}
			reasons := strings.Join(r.Reasons(), "\n")
			for _, phrase := range want.reasons {
				if !strings.Contains(reasons, phrase) {
					t.Errorf("reasons lack %q:\n%s", phrase, reasons)
				}
			}
		})
	}
}

// The months of a projection add up: each cumulative figure is the running
// sum, the last one is the total, and savings is their difference.
func TestSeedProjectionsAreConsistent(t *testing.T) {
	for _, r := range model.Evaluate(assets.DefaultDocument()) {
		var cumBuy, cumBuild float64
		for _, m := range r.Months {
			cumBuy += m.Buy
			cumBuild += m.Build
			if !near(m.CumBuy, cumBuy, 1e-6) || !near(m.CumBuild, cumBuild, 1e-6) {
				t.Errorf("%s month %d: cumulative %.2f/%.2f, running sums %.2f/%.2f", r.Name, m.Month, m.CumBuy, m.CumBuild, cumBuy, cumBuild)
			}
		}
		if !near(r.BuyTotal, cumBuy, 1e-6) || !near(r.BuildTotal, cumBuild, 1e-6) || !near(r.Savings, cumBuild-cumBuy, 1e-6) {
			t.Errorf("%s: totals %.2f/%.2f savings %.2f, months sum to %.2f/%.2f", r.Name, r.BuyTotal, r.BuildTotal, r.Savings, cumBuy, cumBuild)
		}
	}
}

func fmtPtr(p *float64) string {
	if p == nil {
		return "null"
	}
	return model.FormatCount(*p)
}

func checkIntPtr(t *testing.T, key string, got, want *int) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		g, w := "null", "null"
		if got != nil {
			g = model.FormatCount(float64(*got))
		}
		if want != nil {
			w = model.FormatCount(float64(*want))
		}
		t.Errorf("%s = %s, want %s", key, g, w)
	case *got != *want:
		t.Errorf("%s = %d, want %d", key, *got, *want)
	}
}
