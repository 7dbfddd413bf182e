//! A part of the page drawn from one piece of the report alone. As a component it is skipped
//! while that piece is unchanged, so a keystroke redraws only what it changed: with twenty pools
//! and a dozen subnets, redrawing the whole page on every change made typing lag.

use yew::prelude::*;

use super::state::Shared;
use crate::evaluate::Report;
use crate::text::Lang;

#[derive(Properties)]
pub struct PartProps<T: PartialEq + 'static> {
    pub report: Shared<Report>,
    /// The piece of the report the part shows.
    pub pick: fn(&Report) -> &T,
    pub render: fn(&T, Lang) -> Html,
}

/// Equal when the piece is: the same report, or another whose piece compares equal (no copy).
impl<T: PartialEq + 'static> PartialEq for PartProps<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.pick, other.pick)
            && std::ptr::fn_addr_eq(self.render, other.render)
            && (self.report == other.report
                || (self.pick)(&self.report) == (other.pick)(&other.report))
    }
}

#[component]
pub fn Part<T: PartialEq + 'static>(props: &PartProps<T>) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    (props.render)((props.pick)(&props.report), lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::{EgressReport, evaluate};
    use crate::formats::fragment::from_fragment;
    use std::rc::Rc;

    fn egress(r: &Report) -> &EgressReport {
        &r.egress
    }

    fn nothing(_: &EgressReport, _: Lang) -> Html {
        html! {}
    }

    fn props(fragment: &str) -> PartProps<EgressReport> {
        PartProps {
            report: Shared(Rc::new(evaluate(&from_fragment(fragment).plan))),
            pick: egress,
            render: nothing,
        }
    }

    #[test]
    fn a_part_is_redrawn_only_when_its_piece_changes() {
        let five = props("v=2&node-count=5");
        let same = PartProps {
            report: five.report.clone(),
            pick: egress,
            render: nothing,
        };
        assert!(five == same, "the same report");
        assert!(
            five == props("v=2&node-count=6"),
            "another report, the same egress rules"
        );
        assert!(
            five != props("v=2&outbound-type=none"),
            "other egress rules"
        );
    }
}
