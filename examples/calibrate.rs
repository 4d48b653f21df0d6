//! Prints how the shipped banks' recommendations are spread and whether they keep the bounds
//! `tests/calibration.rs` asserts: `cargo run --release --example calibrate [SAMPLES]`.

use rolefit::engine::calibrate::{self, Share};
use rolefit::engine::{Assessment, Content};

fn share(label: &str, s: Share) {
    println!("  {label:<62} {:>6} of {:>6}  {:>5.1}%", s.hits, s.of, s.percent());
}

fn main() {
    let samples: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let content = Content::shipped();
    let c = calibrate::candidate(content.bank(Assessment::Candidate), &content.model, samples);
    let how = if c.enumerated { "all" } else { "a fixed-seed sample of" };
    println!(
        "candidate: {how} {} answer sets; close call within {} points, clear above {}",
        c.evaluated, c.bands.close, c.bands.clear
    );
    for (id, n) in &c.outcomes {
        println!("  {id:<22} {n:>7}  {:>5.1}%", *n as f64 * 100.0 / c.evaluated as f64);
    }
    for (tier, n) in &c.tiers {
        println!("  tier {tier:<17} {n:>7}  {:>5.1}%", *n as f64 * 100.0 / c.evaluated as f64);
    }
    share("all-middle answer sets that are too mixed to call (>= 90%)", c.all_middle_mixed);
    share("balanced PM/PO answer sets that are a close call (>= 90%)", c.balanced_close);
    share("single changes from a close call that give a clear fit (0)", c.close_to_clear);

    let t = calibrate::team(content.bank(Assessment::Team), &content.model, samples);
    let how = if t.enumerated { "all" } else { "a fixed-seed sample of" };
    println!("team: {how} {} answer sets", t.evaluated);
    for (id, n) in &t.outcomes {
        println!("  {id:<22} {n:>7}  {:>5.1}%", *n as f64 * 100.0 / t.evaluated as f64);
    }
    share("tight budget, more than one new hire (0)", t.tight_over);
    share("very tight budget, any new hire (0)", t.very_tight_over);
    share("budget for one or two, more than two new hires (0)", t.some_over);
    share("insider could take a missing PO seat and does not (0)", t.insider_po_passed_over);
    share("client owns the strategy, own Product Manager anyway (0)", t.client_with_own_pm);
    println!("  unreachable outcomes: {:?}", t.unreachable());
}
