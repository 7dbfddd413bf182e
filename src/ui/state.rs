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
}

impl State {
    /// `previous`: the state this one replaces; the same plan keeps its report (`evaluate` reads
    /// the plan alone), so a change of language, theme or view redraws only what it changes.
    fn new(plan: Plan, view: View, notices: Vec<Notice>, previous: Option<&State>) -> State {
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
            report: match previous {
                Some(p) if p.plan == plan => p.report.clone(),
                _ => Shared(Rc::new(evaluate(&plan))),
            },
            fragment,
            share_fragment,
            plan,
            view,
            notices,
        }
    }

    /// The state a fragment describes.
    pub fn from_fragment(fragment: &str) -> State {
        let decoded = from_fragment(fragment);
        State::new(decoded.plan, decoded.view, decoded.notices, None)
    }

    /// The state a fragment describes, after `self`.
    fn load(&self, fragment: &str) -> State {
        let decoded = from_fragment(fragment);
        State::new(decoded.plan, decoded.view, decoded.notices, Some(self))
    }
}

/// A value shared by the page's components, equal only to itself: a report is derived once per
/// plan and kept while the plan is (`State::new`), so comparing props compares one pointer
/// instead of two whole reports, and the report's deep comparison stays out of the page's code.
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
                Rc::new(State::new(plan, self.view, self.notices.clone(), None))
            }
            Action::Load(fragment) => {
                if fragment == self.fragment {
                    return self;
                }
                Rc::new(self.load(&fragment))
            }
            Action::Replace(plan) => Rc::new(State::new(*plan, self.view, Vec::new(), Some(&self))),
            Action::View(view) => {
                if view == self.view {
                    return self;
                }
                Rc::new(State::new(
                    self.plan.clone(),
                    view,
                    self.notices.clone(),
                    Some(&self),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::edit::PoolEdit;
    use crate::plan::field::PoolField;
    use crate::text::Lang;
    use yew::Reducible;

    fn node_count(n: &str) -> Action {
        Action::Edit(Edit::Pool(
            0,
            PoolEdit::Text(PoolField::NodeCount, n.into()),
        ))
    }

    /// Components skip work by comparing the report's pointer, so the same plan must keep the
    /// same report (else a language change redraws every row), and a new plan a new one (else
    /// the page shows stale figures).
    #[test]
    fn the_same_plan_keeps_its_report_and_a_new_plan_gets_a_new_one() {
        let start = Rc::new(State::from_fragment("v=2&node-count=5"));
        let report = start.report.clone();
        let ja = start.clone().reduce(Action::View(View {
            lang: Some(Lang::Ja),
            ..start.view
        }));
        assert!(ja.report == report, "a view change keeps the report");
        let back = ja.clone().reduce(Action::Load(start.fragment.clone()));
        assert_eq!(back.view, start.view);
        assert!(
            back.report == report,
            "a link of the same plan keeps the report"
        );
        let same = back
            .clone()
            .reduce(Action::Replace(Box::new(back.plan.clone())));
        assert!(
            same.report == report,
            "an import of the same plan keeps the report"
        );

        let six = back.clone().reduce(node_count("6"));
        assert!(six.report != report, "an edit makes a new report");
        let nodes = |s: &State| {
            s.report
                .pools
                .first()
                .and_then(|p| p.nodes)
                .map(|n| n.count)
        };
        assert_eq!((nodes(&start), nodes(&six)), (Some(5), Some(6)));
        let loaded = six.clone().reduce(Action::Load(start.fragment.clone()));
        assert!(
            loaded.report != six.report,
            "another plan's link makes a new report"
        );
        assert_eq!(nodes(&loaded), Some(5));
    }
}
