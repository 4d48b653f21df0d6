//! Share codes: the answers that produce a result, packed compactly and versioned, for the
//! URL fragment (`#r=<code>`, which never reaches a server) and for saved progress. Decoding
//! is a boundary: any string, however damaged, gives a typed error and never a panic. Pure.
//!
//! Layout, version 1, before URL-safe base64 without padding:
//! `[version=1][assessment: 0 candidate, 1 team][bank fingerprint u32 LE][question count]`
//! `[one LEB128 mask per question][checksum u16 LE over everything before it]`.

use data_encoding::BASE64URL_NOPAD as URL_SAFE_NO_PAD;

use super::bank::{Assessment, Bank};
use super::flow::{is_complete, Answers};

pub const VERSION: u8 = 1;
/// Longer inputs are refused before decoding: a real code is a few dozen characters.
const MAX_LEN: usize = 512;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    /// Not base64, or shorter than its own header says.
    Malformed,
    /// The checksum does not match: the link was cut or changed.
    Damaged,
    /// Made by a newer (or unknown) version of the widget.
    UnknownVersion(u8),
    UnknownAssessment(u8),
    /// Made with another version of the question bank.
    OtherBank,
    /// The answers are not a valid, complete answer set of the bank.
    InvalidAnswers,
    /// A result of the assessment another page has (`Assessment::in_this_build`), where that
    /// page did not open.
    OtherPage,
}

impl ShareError {
    /// A stable key for the message shown to the visitor (`link.error.<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            ShareError::Empty => "empty",
            ShareError::TooLong | ShareError::Malformed | ShareError::Damaged => "damaged",
            ShareError::UnknownVersion(_) | ShareError::UnknownAssessment(_) => "version",
            ShareError::OtherBank => "bank",
            ShareError::InvalidAnswers => "answers",
            ShareError::OtherPage => "elsewhere",
        }
    }
}

fn checksum(bytes: &[u8]) -> u16 {
    // FNV-1a folded to 16 bits: catches truncation and edits, not an adversary (there is
    // nothing to protect: a forged link can only show a result someone could have reached).
    let mut fnv = super::hash::Fnv::default();
    fnv.eat(bytes);
    let h = fnv.finish();
    (h ^ (h >> 16)) as u16
}

fn assessment_byte(a: Assessment) -> u8 {
    match a {
        Assessment::Candidate => 0,
        Assessment::Team => 1,
    }
}

/// Packs a bank's answers (complete or not) into a share code.
pub fn encode(bank: &Bank, answers: &Answers) -> String {
    let mut bytes = vec![VERSION, assessment_byte(bank.assessment())];
    bytes.extend_from_slice(&bank.fingerprint().to_le_bytes());
    bytes.push(answers.masks().len() as u8);
    for &m in answers.masks() {
        let mut v = m;
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                bytes.push(byte);
                break;
            }
            bytes.push(byte | 0x80);
        }
    }
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    URL_SAFE_NO_PAD.encode(&bytes)
}

/// Encodes arbitrary bytes as a code with a valid checksum. Not for building links: it lets
/// the fuzz tests reach the decoder's deeper checks, past the checksum.
pub fn seal(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&checksum(body).to_le_bytes());
    URL_SAFE_NO_PAD.encode(&bytes)
}

/// Which assessment a code claims to be for, so the caller can pick the bank to decode with.
pub fn peek_assessment(code: &str) -> Result<Assessment, ShareError> {
    let bytes = raw(code)?;
    match bytes[1] {
        0 => Ok(Assessment::Candidate),
        1 => Ok(Assessment::Team),
        other => Err(ShareError::UnknownAssessment(other)),
    }
}

/// Base64 and checksum checks shared by `peek_assessment` and `decode`.
fn raw(code: &str) -> Result<Vec<u8>, ShareError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_LEN {
        return Err(ShareError::TooLong);
    }
    let bytes = URL_SAFE_NO_PAD.decode(code.as_bytes()).map_err(|_| ShareError::Malformed)?;
    if bytes.len() < 9 {
        return Err(ShareError::Malformed);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 2);
    if checksum(body) != u16::from_le_bytes([sum[0], sum[1]]) {
        return Err(ShareError::Damaged);
    }
    if body[0] != VERSION {
        return Err(ShareError::UnknownVersion(body[0]));
    }
    Ok(body.to_vec())
}

/// Unpacks a code for `bank`. With `complete`, the answers must also finish the bank (a
/// shared result); without, any valid partial answers are accepted (saved progress).
pub fn decode(bank: &Bank, code: &str, complete: bool) -> Result<Answers, ShareError> {
    let body = raw(code)?;
    if body[1] != assessment_byte(bank.assessment()) {
        return Err(if body[1] > 1 { ShareError::UnknownAssessment(body[1]) } else { ShareError::OtherBank });
    }
    if u32::from_le_bytes([body[2], body[3], body[4], body[5]]) != bank.fingerprint() {
        return Err(ShareError::OtherBank);
    }
    let count = usize::from(body[6]);
    let mut masks = Vec::with_capacity(count);
    let mut rest = &body[7..];
    for _ in 0..count {
        let mut value: u32 = 0;
        let mut shift = 0;
        loop {
            let (&byte, tail) = rest.split_first().ok_or(ShareError::Malformed)?;
            rest = tail;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
            shift += 7;
            if shift > 14 {
                return Err(ShareError::Malformed);
            }
        }
        masks.push(u16::try_from(value).map_err(|_| ShareError::Malformed)?);
    }
    if !rest.is_empty() {
        return Err(ShareError::Malformed);
    }
    let answers = Answers::from_masks(bank, masks).ok_or(ShareError::InvalidAnswers)?;
    if complete && !is_complete(bank, &answers) {
        return Err(ShareError::InvalidAnswers);
    }
    Ok(answers)
}
