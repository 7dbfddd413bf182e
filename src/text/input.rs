//! Words for a field whose text could not be read: not a number, not a quantity, out of range.

use alloc::format;
use alloc::string::String;

use super::Lang;
use crate::plan::quantity::InputError;

/// A field whose text could not be read.
pub(crate) fn input(e: &InputError, lang: Lang) -> String {
    use InputError as E;
    match (e, lang) {
        (E::Empty, Lang::En) => "Required.".into(),
        (E::Empty, Lang::Ja) => "入力してください。".into(),
        (E::NotANumber(s), Lang::En) => format!("“{s}” is not a number."),
        (E::NotANumber(s), Lang::Ja) => format!("「{s}」は数値ではありません。"),
        (E::Negative(s), Lang::En) => format!("“{s}” is negative; enter 0 or more."),
        (E::Negative(s), Lang::Ja) => format!("「{s}」は負の値です。0 以上を入力してください。"),
        (E::NotWhole(s), Lang::En) => format!("“{s}” is not a whole number."),
        (E::NotWhole(s), Lang::Ja) => format!("「{s}」は整数ではありません。"),
        (E::TooLarge(s), Lang::En) => format!("“{s}” is too large."),
        (E::TooLarge(s), Lang::Ja) => format!("「{s}」は大きすぎます。"),
        (E::NotMemory(s), Lang::En) => format!(
            "“{s}” is not a memory quantity; write it as kubectl does, e.g. 16393524Ki, 16009Mi or 15.6Gi."
        ),
        (E::NotMemory(s), Lang::Ja) => format!(
            "「{s}」はメモリ量として読めません。kubectl の表記で入力してください(例: 16393524Ki、16009Mi、15.6Gi)。"
        ),
        (E::NotCpu(s), Lang::En) => format!("“{s}” is not a CPU quantity; e.g. 250m or 0.5."),
        (E::NotCpu(s), Lang::Ja) => format!("「{s}」は CPU 量として読めません(例: 250m、0.5)。"),
        (E::NotVersion(s), Lang::En) => format!("“{s}” is not a Kubernetes version; e.g. 1.35."),
        (E::NotVersion(s), Lang::Ja) => {
            format!("「{s}」は Kubernetes のバージョンとして読めません(例: 1.35)。")
        }
        (E::NotEviction(s), Lang::En) => format!(
            "“{s}” is not an eviction threshold; write a quantity with its unit (200Mi, 1Gi) or a percentage (2%)."
        ),
        (E::NotEviction(s), Lang::Ja) => format!(
            "「{s}」は退避しきい値として読めません。単位付きの量(200Mi、1Gi)か割合(2%)で入力してください。"
        ),
        (E::OutOfRange { typed, min, max }, Lang::En) => {
            format!("“{typed}” is outside the allowed range: {min} to {max}.")
        }
        (E::OutOfRange { typed, min, max }, Lang::Ja) => {
            format!("「{typed}」は指定できる範囲({min}〜{max})の外です。")
        }
    }
}
