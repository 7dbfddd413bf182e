//! Native timing of evaluate() for the heavy benchmark plan (20 pools, a /8 pod CIDR, every
//! model compared). Run by `make bench`; prints `evaluate_us_median=<µs>` and the spread.

use std::hint::black_box;
use std::time::Instant;

fn main() {
    let fragment = include_str!("heavy-plan.txt").trim();
    let plan = aks_calc::formats::fragment::from_fragment(fragment).plan;
    assert_eq!(plan.pools.len(), 20, "the heavy plan has 20 pools");
    // Warm up, then time many runs.
    for _ in 0..200 {
        black_box(aks_calc::evaluate(black_box(&plan)));
    }
    let mut times: Vec<f64> = (0..5000)
        .map(|_| {
            let t = Instant::now();
            black_box(aks_calc::evaluate(black_box(&plan)));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!("evaluate_us_median={:.1}", at(0.5));
    println!("evaluate_us_min={:.1}", at(0.0));
    println!("evaluate_us_p95={:.1}", at(0.95));
}
