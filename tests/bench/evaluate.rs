//! Native timing of evaluate() for the two heavy benchmark plans, run by `make bench`:
//! `heavy-plan.txt` (20 pools, a /8 pod CIDR, every model compared) and `heavy-design.txt` (the
//! same 20 pools on Azure CNI in 8 auto subnets of a /14, with API server, private endpoint,
//! firewall and Bastion subnets, all placed by the layout). Prints `<name>_us_median=<µs>` and the
//! spread for each.

use std::hint::black_box;
use std::time::Instant;

fn time(name: &str, fragment: &str) {
    let plan = aks_calc::formats::fragment::from_fragment(fragment.trim()).plan;
    assert_eq!(
        plan.pools.len(),
        20,
        "{name}: the heavy plans have 20 pools"
    );
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
    println!("{name}_us_median={:.1}", at(0.5));
    println!("{name}_us_min={:.1}", at(0.0));
    println!("{name}_us_p95={:.1}", at(0.95));
}

fn main() {
    time("evaluate", include_str!("heavy-plan.txt"));
    let design = include_str!("heavy-design.txt");
    let report =
        aks_calc::evaluate(&aks_calc::formats::fragment::from_fragment(design.trim()).plan);
    let placed = report
        .design
        .subnets
        .iter()
        .filter(|s| s.net.is_some())
        .count();
    assert_eq!(placed, 12, "every subnet of the heavy design is placed");
    time("design", design);
}
