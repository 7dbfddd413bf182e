//! The page's one state: the plan, how it is viewed, its report and the link made from both.

use std::rc::Rc;

use yew::Reducible;

use crate::evaluate::{Report, evaluate};
use crate::formats::fragment::{Notice, View, from_fragment, to_fragment};
use crate::plan::Plan;
use crate::plan::edit::Edit;

#[derive(Debug, PartialEq)]
pub struct State {
    pub plan: Plan,
    pub view: View,
    /// Derived from `plan` in the reducer, once per change, never in a component.
    pub report: Shared<Report>,
    /// What the loaded link had that could not be used.
    pub notices: Vec<Notice>,
    /// The fragment that describes `plan` and `view`.
    pub fragment: String,
    /// The fragment to share: the plan in the full page (no embed or read-only keys).
    pub share_fragment: String,
    /// The page is being printed (not in the link): only then is the print summary drawn.
    pub printing: bool,
}

impl State {
    fn new(plan: Plan, view: View, notices: Vec<Notice>) -> State {
        let plan_fragment = to_fragment(&plan);
        let mut fragment = plan_fragment.clone();
        view.append_to(&mut fragment);
        let mut share_fragment = plan_fragment;
        View {
            embed: false,
            readonly: false,
            ..view
        }
        .append_to(&mut share_fragment);
        State {
            report: Shared(Rc::new(evaluate(&plan))),
            fragment,
            share_fragment,
            plan,
            view,
            notices,
            printing: false,
        }
    }

    /// The state a fragment describes.
    pub fn from_fragment(fragment: &str) -> State {
        let decoded = from_fragment(fragment);
        State::new(decoded.plan, decoded.view, decoded.notices)
    }
}

/// A value shared by the page's components, equal only to itself: a new report is a new value
/// (it is derived once per change), so comparing props compares one pointer instead of two
/// whole reports, and the report's deep comparison stays out of the page's code.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> core::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

pub enum Action {
    Edit(Edit),
    /// The fragment changed under us (a pasted link, back/forward).
    Load(String),
    /// A whole plan from an import.
    Replace(Box<Plan>),
    /// Language, theme or layout.
    View(View),
    /// Printing starts or ends.
    Printing(bool),
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
                Rc::new(State::new(plan, self.view, self.notices.clone()))
            }
            Action::Load(fragment) => {
                if fragment == self.fragment {
                    return self;
                }
                Rc::new(State::from_fragment(&fragment))
            }
            Action::Replace(plan) => Rc::new(State::new(*plan, self.view, Vec::new())),
            Action::View(view) => {
                if view == self.view {
                    return self;
                }
                let mut next = State::new(self.plan.clone(), view, self.notices.clone());
                next.printing = self.printing;
                Rc::new(next)
            }
            Action::Printing(on) => {
                if on == self.printing {
                    return self;
                }
                Rc::new(State {
                    plan: self.plan.clone(),
                    view: self.view,
                    report: self.report.clone(),
                    notices: self.notices.clone(),
                    fragment: self.fragment.clone(),
                    share_fragment: self.share_fragment.clone(),
                    printing: on,
                })
            }
        }
    }
}
