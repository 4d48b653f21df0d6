//! Prints what the widget would recommend for one answer set, with its steps, split and
//! reasons, in English: `cargo run --example explain -- team "size=21-50 roles=pm,po ..."`.
//! Answers are `question=choice[,choice]`; unanswered visible questions are reported.

use rolefit::engine::evaluate;
use rolefit::engine::flow::{is_complete, visible};
use rolefit::engine::outcome::Detail;
use rolefit::engine::{Answers, Assessment, Content};

fn main() {
    let mut args = std::env::args().skip(1);
    let assessment = args.next().and_then(|a| Assessment::from_code(&a)).unwrap_or_else(|| {
        eprintln!("usage: explain candidate|team \"question=choice ...\"");
        std::process::exit(2)
    });
    let spec = args.collect::<Vec<_>>().join(" ");
    let content = Content::shipped();
    let bank = content.bank(assessment);
    let mut masks = vec![0u16; bank.len()];
    for part in spec.split_whitespace() {
        let Some((qid, cids)) = part.split_once('=') else {
            eprintln!("not question=choice: {part}");
            std::process::exit(2)
        };
        let Some(qi) = bank.questions().iter().position(|q| q.id.0 == qid) else {
            eprintln!(
                "no question {qid}; questions: {:?}",
                bank.questions().iter().map(|q| &q.id.0).collect::<Vec<_>>()
            );
            std::process::exit(2)
        };
        for cid in cids.split(',') {
            let Some(ci) = bank.questions()[qi].choices.iter().position(|c| c.id.0 == cid) else {
                eprintln!(
                    "question {qid} has no choice {cid}; choices: {:?}",
                    bank.questions()[qi].choices.iter().map(|c| &c.id.0).collect::<Vec<_>>()
                );
                std::process::exit(2)
            };
            masks[qi] |= 1 << ci;
        }
    }
    let Some(all) = Answers::from_masks(bank, masks.clone()) else {
        eprintln!("invalid answers");
        std::process::exit(2)
    };
    let shown = visible(bank, &all);
    let masks: Vec<u16> =
        masks.iter().enumerate().map(|(i, &m)| if shown.iter().any(|v| v.0 == i) { m } else { 0 }).collect();
    let answers = Answers::from_masks(bank, masks).expect("valid");
    if !is_complete(bank, &answers) {
        let missing: Vec<&str> =
            shown.iter().filter(|q| answers.mask(**q) == 0).map(|q| bank.question(*q).id.0.as_str()).collect();
        eprintln!("unanswered: {missing:?}");
    }
    let m = &content.model;
    let o = evaluate(bank, &answers, m);
    let text = o.id.texts(m).expect("texts");
    println!("outcome: {}\n  {}\n  {}", o.id, text.title, text.headline);
    if let Detail::Team { now, next, new_hires, hired, insider, .. } = &o.detail {
        println!("new hires now: {new_hires}; hired roles: {hired:?}; insider: {insider}");
        println!("now:");
        for s in now {
            println!("  - {}", m.step(s.code()));
        }
        println!("next:");
        for s in next {
            println!("  - {}", m.step(s.code()));
        }
    }
    if let Detail::Candidate { confidence, second, margin, .. } = &o.detail {
        println!("confidence: {} second: {second:?} margin: {margin}", confidence.code());
    }
    println!("people:");
    for p in &o.split.people {
        println!("  - {:?} {:?} interim {:?} final_say {}", p.kind, p.roles, p.interim, p.final_say);
    }
    println!("rules: {:?}", o.rules.iter().map(|r| r.id.0.as_str()).collect::<Vec<_>>());
    println!("why:");
    for c in &o.reasons {
        let q = bank.question(c.question);
        let chosen: Vec<&str> = answers.chosen(c.question).map(|ci| q.choices[ci.0].id.0.as_str()).collect();
        println!(
            "  - {} = {:?}: {:+} toward {:?} {:?}",
            q.id.0,
            chosen,
            c.amount,
            c.toward,
            c.rules.iter().map(|r| r.0.as_str()).collect::<Vec<_>>()
        );
    }
    println!("split (owners per responsibility):");
    for row in &o.split.rows {
        let people = &o.split.people;
        let owners: Vec<&str> =
            (0..people.len()).filter(|&p| o.split.owns(row, p)).map(|p| people[p].id.as_str()).collect();
        println!("  {:<45} {}", m.responsibilities[row.responsibility].label, owners.join(" + "));
    }
}
