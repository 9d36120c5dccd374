//! The part of the source panel about corroboration: proposals to join
//! reports of one event, merging by hand, the sources with what copies what,
//! and where the sources disagree, their passages side by side.

use crate::corroborate::{Summaries, contradictions};
use crate::model::problem::clip_to;
use crate::model::time::{fmt_known_in, parse_instant};
use crate::model::zone::Zone;
use crate::model::{Event, Loaded, Source};
use egui::{RichText, Ui};
use std::cell::RefCell;

/// What was asked for in this part of the panel.
#[derive(Debug, Default, PartialEq)]
pub struct CorroborationOutput {
    /// Join `other` into `kept`; the flag allows different lanes.
    pub merge: Option<(u32, u32, bool)>,
    /// This draft is not the event it was proposed to be.
    pub keep_separate: Option<u32>,
    /// Split source k off as its own event.
    pub split: Option<usize>,
    /// Show this event.
    pub show: Option<u32>,
    /// Leave the merge started with "Merge with another event…".
    pub cancel_merge: bool,
    /// Show source k.
    pub source: Option<usize>,
}

/// Outlet, or the article's title, of a source.
pub fn source_name(data: &Loaded, s: &Source) -> String {
    match data.index.article_ids.get(s.article.as_str()).map(|&a| &data.dataset.articles[a as usize]) {
        Some(a) => a.outlet.clone().unwrap_or_else(|| clip_to(&a.title, 48).into_owned()),
        None => s.article.to_string(),
    }
}

fn date_of(data: &Loaded, e: u32, zone: &Zone) -> String {
    let ev = &data.dataset.events[e as usize];
    fmt_known_in(ev.precision, data.index.spans[e as usize].get(), zone)
}

/// "Reuters ¶3"
fn cited(data: &Loaded, ev: &Event) -> String {
    ev.sources.first().map_or_else(String::new, |s| format!("{} ¶{}", source_name(data, s), s.paragraph))
}

/// Proposals and a merge in progress, above the sources.
pub fn proposals(
    ui: &mut Ui,
    data: &Loaded,
    sel: u32,
    merge_from: Option<u32>,
    summaries: &RefCell<Summaries>,
    zone: &Zone,
) -> CorroborationOutput {
    let mut out = CorroborationOutput::default();
    let ev = &data.dataset.events[sel as usize];
    let warn = ui.visuals().warn_fg_color;
    let frame = || egui::Frame::new().inner_margin(6.0).corner_radius(4.0).stroke(egui::Stroke::new(1.0, warn.gamma_multiply(0.6)));

    // This draft may report an event already there.
    if let Some(target) = ev.rare.same_as.as_deref().and_then(|id| data.index.event_ids.get(id).copied()).filter(|&t| t != sel) {
        let t = &data.dataset.events[target as usize];
        frame().show(ui, |ui| {
            ui.label(RichText::new("Probably the same event as one already here").strong());
            ui.label(format!("“{}” — {} — {}", t.title, date_of(data, target, zone), cited(data, t)));
            ui.horizontal_wrapped(|ui| {
                if ui.button("Merge into it").on_hover_text("Add this report's source to that event; this draft goes").clicked() {
                    out.merge = Some((target, sel, false));
                }
                if ui.button("Keep separate").on_hover_text("They are different events: never proposed again").clicked() {
                    out.keep_separate = Some(sel);
                }
                if ui.button("Show it").clicked() {
                    out.show = Some(target);
                }
            });
        });
    }
    // Drafts proposed as further reports of this event.
    let proposed: Vec<u32> = summaries.borrow_mut().proposals_for(&data.dataset, sel).to_vec();
    for d in proposed.into_iter().filter(|&d| d != sel).take(20) {
        let de = &data.dataset.events[d as usize];
        frame().show(ui, |ui| {
            ui.label(RichText::new(format!("Also reported by {}", cited(data, de))).strong());
            ui.label(format!("“{}” — {}", de.title, date_of(data, d, zone)));
            ui.horizontal_wrapped(|ui| {
                if ui.button("Merge").on_hover_text("Add that report as another source of this event").clicked() {
                    out.merge = Some((sel, d, false));
                }
                if ui.button("Keep separate").clicked() {
                    out.keep_separate = Some(d);
                }
                if ui.button("Show it").clicked() {
                    out.show = Some(d);
                }
            });
        });
    }
    // A merge started by hand on another event.
    if let Some(m) = merge_from {
        frame().show(ui, |ui| {
            if m == sel {
                ui.label("Now select the event to merge this one into (click it on the timeline).");
            } else {
                let me = &data.dataset.events[m as usize];
                ui.label(RichText::new(format!("Merge “{}” into this event?", me.title)).strong());
                let other_lane = me.lane != ev.lane;
                if other_lane {
                    ui.colored_label(
                        warn,
                        format!("They are in different lanes ({} / {}); the result stays in this one's.", me.lane, ev.lane),
                    );
                }
                ui.horizontal(|ui| {
                    let label = if other_lane { "Merge anyway" } else { "Merge into this event" };
                    if ui.button(label).clicked() {
                        out.merge = Some((sel, m, other_lane));
                    }
                    if ui.button("Cancel").clicked() {
                        out.cancel_merge = true;
                    }
                });
                return;
            }
            if ui.button("Cancel").clicked() {
                out.cancel_merge = true;
            }
        });
    }
    out
}

/// The sources of the event: which one is shown, what copies what, what
/// each says where it differs, a button to split one off; then what they
/// disagree on.
pub fn sources(
    ui: &mut Ui,
    data: &Loaded,
    sel: u32,
    shown: usize,
    summaries: &RefCell<Summaries>,
    zone: &Zone,
    out: &mut CorroborationOutput,
) {
    let ev = &data.dataset.events[sel as usize];
    if ev.sources.len() < 2 {
        return;
    }
    let summary = summaries.borrow_mut().get(&data.dataset, &data.index, sel);
    let origins = summaries.borrow_mut().origins(&data.dataset, &data.index, sel);
    ui.label(RichText::new(summary.describe()).strong());
    for (k, s) in ev.sources.iter().enumerate() {
        ui.horizontal(|ui| {
            let name = format!("{} ¶{}", source_name(data, s), s.paragraph);
            if ui.selectable_label(k == shown, name).clicked() {
                out.source = Some(k);
            }
            if ui.small_button("Split off").on_hover_text("Make this source an event of its own").clicked() {
                out.split = Some(k);
            }
        });
        // What sets this source apart, on a line of its own under it.
        let mut notes = Vec::new();
        if let Some(&a) = data.index.article_ids.get(s.article.as_str())
            && let Some(c) = origins.articles.iter().find(|c| c.article == a)
            && let Some(o) = c.original
        {
            let of = &data.dataset.articles[o as usize];
            notes.push(format!(
                "copy of {} ({:.0}% same text)",
                of.outlet.clone().unwrap_or_else(|| clip_to(&of.title, 32).into_owned()),
                c.share * 100.0
            ));
        }
        if let Some(p) = s.rare.precision {
            let window = crate::corroborate::merge::date_of(s, ev).1.ok().flatten();
            let drawn =
                window.map(|w| if p == crate::model::Precision::Before { crate::model::Span { lo: w.hi - 86_400, hi: w.hi } } else { w });
            notes.push(format!("says {}", fmt_known_in(p, drawn, zone)));
        }
        if let Some(v) = s.rare.verification {
            notes.push(format!("says {}", v.name()));
        }
        if !notes.is_empty() {
            ui.horizontal(|ui| {
                ui.add_space(12.0);
                ui.weak(notes.join(" · "));
            });
        }
    }
    let found = contradictions(ev);
    if found.is_empty() {
        return;
    }
    let red = ui.visuals().error_fg_color;
    ui.colored_label(red, RichText::new("Sources disagree").strong());
    for c in &found {
        ui.colored_label(
            red,
            format!("{}: {} ({} / {})", c.field, c.detail, source_name(data, &ev.sources[c.a]), source_name(data, &ev.sources[c.b])),
        );
    }
    egui::CollapsingHeader::new("Compare the passages side by side").id_salt(("compare", sel)).default_open(true).show(ui, |ui| {
        let c = &found[0];
        ui.columns(2, |cols| {
            for (col, k) in cols.iter_mut().zip([c.a, c.b]) {
                let s = &ev.sources[k];
                col.label(RichText::new(source_name(data, s)).strong());
                if let Some(a) = data.index.article_ids.get(s.article.as_str()).map(|&a| &data.dataset.articles[a as usize]) {
                    if let Some(Ok(t)) = a.published.as_deref().map(parse_instant) {
                        col.weak(format!("published {}", crate::model::time::fmt_day(t.secs)));
                    }
                    if let Some(p) = a.paragraphs.get(s.paragraph) {
                        col.add(egui::Label::new(format!("¶{}  {p}", s.paragraph)).wrap());
                    }
                }
            }
        });
    });
}
