//! Share codes and saved progress, native: every generated answer set round-trips; random,
//! truncated and tampered strings decode to an error, never a panic; storage follows the
//! visitor's choice and nothing is stored before they start.

use crate::support::content;
use std::rc::Rc;

use proptest::prelude::*;
use rolefit::engine::flow::is_valid;
use rolefit::engine::session::{Command, Keep, Mode, Session, Write};
use rolefit::engine::share::{decode, encode, peek_assessment, seal, ShareError};
use rolefit::engine::{Action, Answers, Bank, ChoiceIndex, QuestionIndex, Screen};

/// Valid, possibly incomplete answers (0 = unanswered) for every question of the bank.
fn answers(bank: Rc<Bank>) -> impl Strategy<Value = Answers> {
    let per: Vec<BoxedStrategy<u16>> = (0..bank.len())
        .map(|i| {
            let n = bank.question(QuestionIndex(i)).choices.len() as u32;
            let valid: Vec<u16> = (0..(1u32 << n))
                .map(|m| m as u16)
                .filter(|&m| m == 0 || is_valid(&bank, QuestionIndex(i), m))
                .collect();
            proptest::sample::select(valid).boxed()
        })
        .collect();
    per.prop_map(move |masks| Answers::from_masks(&bank, masks).expect("valid"))
}

fn props_config() -> ProptestConfig {
    ProptestConfig {
        cases: 1000,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5_4a7e),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(props_config())]

    #[test]
    fn every_answer_set_round_trips(a in answers(Rc::new(content().candidate)), t in answers(Rc::new(content().team))) {
        let c = content();
        for (bank, ans) in [(&c.candidate, &a), (&c.team, &t)] {
            let code = encode(bank, ans);
            prop_assert!(code.len() < 64, "compact: {} chars", code.len());
            prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "URL-safe: {code}");
            prop_assert_eq!(peek_assessment(&code), Ok(bank.assessment()));
            prop_assert_eq!(&decode(bank, &code, false).expect("round trip"), ans);
        }
    }

    #[test]
    fn random_strings_never_panic(s in "\\PC{0,120}") {
        let c = content();
        let _ = peek_assessment(&s);
        prop_assert!(decode(&c.team, &s, false).is_err() || s.len() > 8);
        let _ = decode(&c.candidate, &s, true);
    }

    #[test]
    fn tampered_and_truncated_codes_are_refused(a in answers(Rc::new(content().team)), cut in 1usize..20, at in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let c = content();
        let code = encode(&c.team, &a);
        // Truncated: always an error.
        let short = &code[..code.len().saturating_sub(cut)];
        prop_assert!(decode(&c.team, short, false).is_err());
        // One byte changed: an error (the checksum catches it), never a different answer set.
        let mut bytes = code.clone().into_bytes();
        let i = at.index(bytes.len());
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let pos = alphabet.iter().position(|&b| b == bytes[i]).expect("base64url");
        bytes[i] = alphabet[(pos + usize::from(flip)) % alphabet.len()];
        let tampered = String::from_utf8(bytes).expect("ascii");
        if tampered != code {
            match decode(&c.team, &tampered, false) {
                Err(_) => {}
                Ok(other) => prop_assert_eq!(other, a, "a tampered code decoded to different answers"),
            }
        }
    }
}

#[track_caller]
fn check_error(bank: &Bank, code: &str, complete: bool, expected: ShareError) {
    assert_eq!(decode(bank, code, complete), Err(expected), "code {code:?}");
}

#[test]
fn specific_errors_for_specific_damage() {
    let c = content();
    let full = Answers::from_masks(&c.candidate, c.candidate.questions().iter().map(|_| 1).collect()).expect("valid");
    let code = encode(&c.candidate, &full);
    check_error(&c.candidate, "", true, ShareError::Empty);
    check_error(&c.candidate, &"A".repeat(600), true, ShareError::TooLong);
    check_error(&c.candidate, "not base64!", true, ShareError::Malformed);
    // Four characters are three whole bytes: valid base64, so the checksum must catch it.
    check_error(&c.candidate, &code[..code.len() - 4], true, ShareError::Damaged);
    assert_eq!(decode(&c.candidate, &code[..code.len() - 2], true).map_err(|e| e.key()), Err("damaged"));
    // Strict base64: the same bytes spelt another way, with stray bits in the last character
    // or with padding, are refused, so an answer set has one code.
    let sealed = seal(&[1; 8]);
    assert_eq!(sealed.len() % 4, 2, "the last character carries four unused bits");
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let last = alphabet.iter().position(|&b| Some(b) == sealed.bytes().last()).expect("base64url");
    assert_eq!(last & 0b1111, 0, "a canonical code leaves the unused bits zero");
    let stray = format!("{}{}", &sealed[..sealed.len() - 1], char::from(alphabet[last | 1]));
    check_error(&c.candidate, &stray, true, ShareError::Malformed);
    check_error(&c.candidate, &format!("{sealed}=="), true, ShareError::Malformed);
    // A candidate code opened against the team bank.
    check_error(&c.team, &code, true, ShareError::OtherBank);
    // Incomplete answers are fine for saved progress, not for a shared result.
    let partial = encode(&c.candidate, &Answers::new(&c.candidate));
    assert!(decode(&c.candidate, &partial, false).is_ok());
    check_error(&c.candidate, &partial, true, ShareError::InvalidAnswers);
}

#[test]
fn storage_follows_the_visitors_choice() {
    let c = content();
    let bank = Rc::new(c.candidate.clone());
    let fresh = Session::new(bank.clone());
    let leave = rolefit::engine::session::Storage { tab: Write::Leave, device: Write::Leave };
    let remove = rolefit::engine::session::Storage { tab: Write::Remove, device: Write::Remove };
    // Nothing is stored before the first answer, and a save from another tab or day stays.
    assert_eq!(fresh.storage(), leave);
    assert_eq!(fresh.apply(Command::Flow(Action::Start)).storage(), leave);
    let started =
        fresh.apply(Command::Flow(Action::Start)).apply(Command::Flow(Action::Pick(QuestionIndex(0), ChoiceIndex(2))));
    assert!(matches!(started.storage().tab, Write::Set(_)));
    assert_eq!(started.storage().device, Write::Remove, "this device only on opt-in");
    let kept = started.apply(Command::Keep(Keep::ThisDevice));
    let Write::Set(saved) = kept.storage().device else { panic!("kept on the device") };
    let resumed = Session::resume(bank.clone(), &saved, Keep::ThisDevice).expect("resumes");
    assert_eq!(resumed.flow, kept.flow);
    let forgotten = kept.apply(Command::Forget);
    assert_eq!(forgotten.storage(), rolefit::engine::session::Storage { tab: Write::Remove, device: Write::Remove });
    // A shared result never touches the visitor's own saves, and is read-only.
    let shared = Session::shared(bank.clone(), kept.flow.answers().clone());
    assert_eq!(shared.storage().tab, Write::Leave);
    assert_eq!(shared.mode, Mode::Shared);
    assert_eq!(shared.apply(Command::Flow(Action::Restart)), shared);
    assert_eq!(shared.apply(Command::TakeItYourself).mode, Mode::Own);
    assert_eq!(shared.apply(Command::TakeItYourself).storage(), leave, "taking it yourself deletes nothing");
    // Restarting empties the stores, until the next answer.
    let restarted = kept.apply(Command::Flow(Action::Restart));
    assert_eq!(restarted.storage(), remove);
    assert_eq!(restarted.apply(Command::Flow(Action::Start)).storage(), remove);
}

#[test]
fn take_it_yourself_returns_to_the_visitors_own_progress() {
    let c = content();
    let bank = Rc::new(c.candidate.clone());
    let own = Session::new(bank.clone())
        .apply(Command::Flow(Action::Start))
        .apply(Command::Flow(Action::Pick(QuestionIndex(0), ChoiceIndex(1))))
        .apply(Command::Keep(Keep::ThisDevice));
    let other = Answers::from_masks(&bank, bank.questions().iter().map(|_| 1).collect()).expect("valid");
    let shared = Session { own: Some(Rc::new(own.clone())), ..Session::shared(bank.clone(), other) };
    assert_eq!(shared.apply(Command::TakeItYourself), own);
    assert!(matches!(shared.apply(Command::TakeItYourself).storage().device, Write::Set(_)));
}

#[test]
fn with_the_intro_off_no_step_shows_it() {
    let c = content();
    let bank = Rc::new(c.candidate.clone());
    let first = Screen::Question(QuestionIndex(0));
    let session = Session::new(bank.clone()).without_intro();
    assert_eq!(session.flow.screen(), first);
    assert_eq!(session.storage().tab, Write::Leave, "showing the first question is not starting");
    let answered = session.apply(Command::Flow(Action::Pick(QuestionIndex(0), ChoiceIndex(0))));
    assert_eq!(answered.apply(Command::Flow(Action::Back)).flow.screen(), first);
    assert_eq!(answered.apply(Command::Flow(Action::Restart)).flow.screen(), first);
    assert_eq!(answered.apply(Command::Forget).flow.screen(), first);
    let other = Answers::from_masks(&bank, bank.questions().iter().map(|_| 1).collect()).expect("valid");
    let shared = Session::shared(bank.clone(), other).without_intro();
    assert_eq!(shared.flow.screen(), Screen::Result, "a shared result is shown as it is");
    assert_eq!(shared.apply(Command::TakeItYourself).flow.screen(), first);
}

/// A new run is visible even when the screen stays the same (forget on question 1), so the
/// host can be told "started" again; answering, going back or keeping is not a new run.
#[test]
fn restart_and_forget_count_as_new_runs_and_nothing_else_does() {
    let c = content();
    let bank = Rc::new(c.candidate.clone());
    let session = Session::new(bank.clone()).without_intro();
    let answered = session.apply(Command::Flow(Action::Pick(QuestionIndex(0), ChoiceIndex(0))));
    assert_eq!(answered.runs, 0);
    assert_eq!(answered.apply(Command::Flow(Action::Pick(QuestionIndex(0), ChoiceIndex(0)))).runs, 0);
    assert_eq!(answered.apply(Command::Flow(Action::Back)).runs, 0);
    assert_eq!(answered.apply(Command::Keep(Keep::ThisDevice)).runs, 0);
    let forgot = answered.apply(Command::Forget);
    assert_eq!((forgot.runs, forgot.flow.screen()), (1, Screen::Question(QuestionIndex(0))));
    assert_eq!(forgot.apply(Command::Flow(Action::Restart)).runs, 2);
}
