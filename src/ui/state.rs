//! The page's one state: the plan, its report and the link made from it.

use std::rc::Rc;

use yew::Reducible;

use crate::edit::Edit;
use crate::fragment::{Notice, from_fragment, to_fragment};
use crate::{Plan, Report, evaluate};

#[derive(Debug, PartialEq)]
pub struct State {
    pub plan: Plan,
    /// Derived from `plan` in the reducer, once per change, never in a component.
    pub report: Rc<Report>,
    /// What the loaded link had that could not be used.
    pub notices: Vec<Notice>,
    /// The fragment that describes `plan`.
    pub fragment: String,
}

impl State {
    fn new(plan: Plan, notices: Vec<Notice>) -> State {
        State {
            report: Rc::new(evaluate(&plan)),
            fragment: to_fragment(&plan),
            plan,
            notices,
        }
    }

    /// The state a fragment describes.
    pub fn from_fragment(fragment: &str) -> State {
        let decoded = from_fragment(fragment);
        State::new(decoded.plan, decoded.notices)
    }
}

pub enum Action {
    Edit(Edit),
    /// The fragment changed under us (a pasted link, back/forward).
    Load(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(edit) => {
                let mut plan = self.plan.clone();
                plan.apply(edit);
                if plan == self.plan {
                    return self;
                }
                Rc::new(State::new(plan, self.notices.clone()))
            }
            Action::Load(fragment) => {
                if fragment == self.fragment {
                    return self;
                }
                Rc::new(State::from_fragment(&fragment))
            }
        }
    }
}
