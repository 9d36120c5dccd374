//! The form that edits one event: lane, title, actor, kind, date and
//! precision, verification. Dates are checked as they are typed.

use crate::model::time::{event_span, fmt_known, parse_instant};
use crate::model::{Event, Kind, Lane, Precision, SmallText, Verification};
use egui::{ComboBox, Grid, RichText, TextEdit, Ui};

/// The fields being edited, as text where the user types.
#[derive(Debug, Clone, PartialEq)]
pub struct EventEdit {
    pub lane: String,
    pub title: String,
    pub actor: String,
    pub kind: Kind,
    pub start: String,
    pub end: String,
    pub precision: Precision,
    pub verification: Verification,
    pub notes: String,
    /// Comma-separated.
    pub tags: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum FormAction {
    None,
    Apply,
    Cancel,
}

impl EventEdit {
    pub fn from_event(ev: &Event) -> Self {
        Self {
            lane: ev.lane.to_string(),
            title: ev.title.to_string(),
            actor: ev.actor.as_deref().unwrap_or_default().to_owned(),
            kind: ev.kind,
            start: ev.start.as_deref().unwrap_or_default().to_owned(),
            end: ev.end.as_deref().unwrap_or_default().to_owned(),
            precision: ev.precision,
            verification: ev.verification,
            notes: ev.rare.notes.clone().unwrap_or_default(),
            tags: ev.rare.tags.as_deref().unwrap_or_default().join(", "),
        }
    }

    /// The date as it would be shown, or why it is not valid.
    pub fn date_preview(&self) -> Result<String, String> {
        let parse = |s: &str| if s.trim().is_empty() { Ok(None) } else { parse_instant(s).map(Some) };
        let start = parse(&self.start).map_err(|e| format!("start: {e}"))?;
        let end = parse(&self.end).map_err(|e| format!("end: {e}"))?;
        let span = event_span(self.precision, start, end).map_err(|e| e.to_string())?;
        Ok(fmt_known(self.precision, span))
    }

    /// Writes the fields into `ev` (the caller validates the result).
    pub fn apply_to(&self, ev: &mut Event) {
        let opt = |s: &str| (!s.trim().is_empty()).then(|| SmallText::from(s.trim()));
        ev.lane = self.lane.as_str().into();
        ev.title = self.title.trim().into();
        ev.actor = opt(&self.actor);
        ev.kind = self.kind;
        let (start, end) = (opt(&self.start), opt(&self.end));
        if start != ev.start || end != ev.end || self.precision != ev.precision {
            // The date was set by hand: it no longer comes from the cue words.
            ev.time_cue = None;
        }
        ev.start = start;
        ev.end = end;
        ev.precision = self.precision;
        ev.verification = self.verification;
        ev.rare.notes = opt(&self.notes).map(String::from);
        let mut tags: Vec<String> = Vec::new();
        for t in self.tags.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                tags.push(t.to_owned());
            }
        }
        ev.rare.tags = (!tags.is_empty()).then_some(tags);
    }
}

pub fn edit_form(ui: &mut Ui, edit: &mut EventEdit, lanes: &[Lane], error: Option<&str>) -> FormAction {
    let mut action = FormAction::None;
    ui.label(RichText::new("Edit event").strong());
    Grid::new("edit_event").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let l = ui.label("Title");
        ui.add(TextEdit::singleline(&mut edit.title).desired_width(f32::INFINITY)).labelled_by(l.id);
        ui.end_row();
        let l = ui.label("Lane");
        let current = lanes.iter().find(|l| l.id == edit.lane).map_or(edit.lane.clone(), |l| l.label.clone());
        ComboBox::from_id_salt("edit_lane")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for lane in lanes {
                    ui.selectable_value(&mut edit.lane, lane.id.clone(), &lane.label);
                }
            })
            .response
            .labelled_by(l.id);
        ui.end_row();
        let l = ui.label("Actor");
        ui.add(TextEdit::singleline(&mut edit.actor).desired_width(f32::INFINITY)).labelled_by(l.id);
        ui.end_row();
        choice_row(ui, "Kind", &mut edit.kind, &Kind::ALL, |v| v.name());
        ui.end_row();
        choice_row(ui, "Precision", &mut edit.precision, &Precision::ALL, |v| v.name());
        ui.end_row();
        let l = ui.label("Start");
        ui.add(TextEdit::singleline(&mut edit.start).hint_text("2022-03-24 or 2022-03-24T14:30Z")).labelled_by(l.id);
        ui.end_row();
        let l = ui.label("End");
        ui.add(TextEdit::singleline(&mut edit.end).hint_text("only for range or a known duration")).labelled_by(l.id);
        ui.end_row();
        choice_row(ui, "Verification", &mut edit.verification, &Verification::ALL, |v| v.name());
        ui.end_row();
        let l = ui.label("Tags");
        ui.add(TextEdit::singleline(&mut edit.tags).hint_text("comma-separated, e.g. escalation, for-brief").desired_width(f32::INFINITY))
            .labelled_by(l.id);
        ui.end_row();
        let l = ui.label("Notes");
        ui.add(TextEdit::multiline(&mut edit.notes).desired_rows(3).desired_width(f32::INFINITY).hint_text("analyst notes"))
            .labelled_by(l.id);
        ui.end_row();
    });
    let preview = edit.date_preview();
    match &preview {
        Ok(text) => ui.label(format!("Date as shown: {text}")),
        Err(e) => ui.colored_label(ui.visuals().error_fg_color, e),
    };
    if let Some(e) = error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    ui.horizontal(|ui| {
        let ok = preview.is_ok() && !edit.title.trim().is_empty();
        if ui.add_enabled(ok, egui::Button::new("Apply")).clicked() {
            action = FormAction::Apply;
        }
        if ui.button("Cancel").clicked() {
            action = FormAction::Cancel;
        }
    });
    action
}

/// A labelled drop-down choosing one of `all`.
fn choice_row<T: Copy + PartialEq>(ui: &mut Ui, label: &str, value: &mut T, all: &[T], name: impl Fn(T) -> &'static str) {
    let l = ui.label(label);
    ComboBox::from_id_salt(("edit", label))
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for &v in all {
                ui.selectable_value(value, v, name(v));
            }
        })
        .response
        .labelled_by(l.id);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_sample;

    #[test]
    fn a_date_set_by_hand_drops_the_cue_it_no_longer_comes_from() {
        let l = load_sample();
        let mut ev = l.dataset.events[0].clone();
        assert!(ev.time_cue.is_some());
        let mut edit = EventEdit::from_event(&ev);
        edit.title = "Renamed".into();
        edit.apply_to(&mut ev);
        assert!(ev.time_cue.is_some(), "unchanged date keeps its cue");
        edit.start = "2022-03-23".into();
        edit.apply_to(&mut ev);
        assert_eq!((ev.start.as_deref(), ev.time_cue.as_deref()), (Some("2022-03-23"), None));
    }

    #[test]
    fn notes_and_tags_are_trimmed_and_tags_kept_once() {
        let l = load_sample();
        let mut ev = l.dataset.events[0].clone();
        let mut edit = EventEdit::from_event(&ev);
        edit.tags = " escalation, for-brief,, Escalation ".into();
        edit.notes = "  ".into();
        edit.apply_to(&mut ev);
        assert_eq!(ev.rare.tags.as_deref(), Some(&["escalation".to_owned(), "for-brief".to_owned()][..]));
        assert_eq!(ev.rare.notes, None, "blank notes are no notes");
        assert_eq!(EventEdit::from_event(&ev).tags, "escalation, for-brief");
        edit.tags.clear();
        edit.apply_to(&mut ev);
        assert_eq!(ev.rare.tags, None);
    }

    #[test]
    fn preview_shows_the_date_as_known_or_the_problem() {
        let l = load_sample();
        let mut edit = EventEdit::from_event(&l.dataset.events[0]);
        assert_eq!(edit.date_preview().unwrap(), "Thu 24 Mar 2022");
        edit.precision = Precision::Range;
        assert!(edit.date_preview().unwrap_err().contains("needs an `end`"));
        edit.end = "2022-03-26".into();
        assert_eq!(edit.date_preview().unwrap(), "sometime 24–26 Mar 2022");
        edit.start = "2022-02-31".into();
        assert!(edit.date_preview().unwrap_err().contains("not a real calendar date"));
    }
}
