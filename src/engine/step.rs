//! The steps a team result lists: what to do now, and what next with its trigger. Each is
//! a whole sentence in the model (`steps.<code>`), so no sentence is assembled from parts.
//! Pure; depends on nothing.

macro_rules! steps {
    ($($variant:ident => $code:literal,)*) => {
        /// One step of a team result. `code` is its key in `model.json`'s `steps`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Step {
            $($variant,)*
        }

        impl Step {
            pub const ALL: &'static [Step] = &[$(Step::$variant,)*];

            pub fn code(self) -> &'static str {
                match self {
                    $(Step::$variant => $code,)*
                }
            }
        }
    };
}

steps! {
    AssessSkills => "assess-skills",
    KeepPm => "keep-pm",
    KeepPo => "keep-po",
    KeepPjm => "keep-pjm",
    KeepLead => "keep-lead",
    HirePo => "hire-po",
    HirePoExperienced => "hire-po-experienced",
    HirePm => "hire-pm",
    HirePmCoveringPo => "hire-pm-covering-po",
    HireLead => "hire-lead",
    HirePoPerProduct => "hire-po-per-product",
    HireOnePo => "hire-one-po",
    HireSomePos => "hire-some-pos",
    HirePmPerLine => "hire-pm-per-line",
    HirePjm => "hire-pjm",
    HirePjmLead => "hire-pjm-lead",
    InsiderPo => "insider-po",
    InsiderPm => "insider-pm",
    InsiderBoth => "insider-both",
    Training => "training",
    Mentor => "mentor",
    FounderPo => "founder-po",
    FounderStrategy => "founder-strategy",
    FounderFinalSay => "founder-final-say",
    Handoff => "handoff",
    ClientPo => "client-po",
    NoOwnPm => "no-own-pm",
    ClientOwnPeople => "client-own-people",
    CommitteeSay => "committee-say",
    Stopgap => "stopgap",
    StopgapPjm => "stopgap-pjm",
    NextPoBudget => "next-po-budget",
    NextPmLater => "next-pm-later",
    NextPmBudget => "next-pm-budget",
    NextPjmBudget => "next-pjm-budget",
    NextHireBudget => "next-hire-budget",
    NextSplitGrowth => "next-split-growth",
    NextPoPerProduct => "next-po-per-product",
    NextPosBudget => "next-pos-budget",
    NextPmPerLine => "next-pm-per-line",
    NextFounderStepBack => "next-founder-step-back",
    NextReviewPjm => "next-review-pjm",
    NextClientStrategy => "next-client-strategy",
}
