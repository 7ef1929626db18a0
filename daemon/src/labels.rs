//! Labels on sessions (issue 16): the change a staff member asks for,
//! checked against [`Label`]'s rules before anything is written. Pure;
//! the hub (`hub/annotations.rs`) applies it.

use concierge_shared::annotations::{Label, LabelError};

use crate::store::annotations::AnnotationOp;

/// A change to a session's labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelChange {
    /// Replace them all (`set_labels`, `PUT …/labels`).
    Set(Vec<String>),
    /// Add one (`POST …/labels`).
    Add(String),
    /// Remove one (`DELETE …/labels/{label}`).
    Remove(String),
}

/// The write for `change`, or why it is refused. Nothing is trimmed or
/// lowered here: what is stored is exactly what was asked, or nothing.
pub fn to_op(
    session: String,
    change: LabelChange,
    actor: &str,
    now: i64,
) -> Result<AnnotationOp, LabelError> {
    Ok(match change {
        LabelChange::Set(items) => AnnotationOp::SetLabels {
            session_uuid: session,
            labels: Label::parse_set(&items)?,
            set_by: actor.to_string(),
            now,
        },
        LabelChange::Add(l) => AnnotationOp::AddLabel {
            session_uuid: session,
            label: Label::parse(&l)?,
            set_by: actor.to_string(),
            now,
        },
        LabelChange::Remove(l) => AnnotationOp::RemoveLabel {
            session_uuid: session,
            label: Label::parse(&l)?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_label_refuses_the_whole_change() {
        let bad = to_op(
            "s".into(),
            LabelChange::Set(vec!["ok".into(), "Not OK".into()]),
            "s1",
            0,
        );
        assert!(matches!(bad, Err(LabelError::BadChars(_))));
        assert!(to_op("s".into(), LabelChange::Add(String::new()), "s1", 0).is_err());
        let ok = to_op(
            "s".into(),
            LabelChange::Set(vec!["b".into(), "a".into()]),
            "s1",
            0,
        );
        let Ok(AnnotationOp::SetLabels { labels, .. }) = ok else {
            panic!("expected a set")
        };
        assert_eq!(
            labels.iter().map(Label::as_str).collect::<Vec<_>>(),
            ["a", "b"]
        );
    }
}
