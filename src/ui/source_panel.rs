//! The source panel: the selected event, and the article paragraph it came
//! from with the quote highlighted.

use super::corroboration_panel::{CorroborationOutput, proposals, sources};
use super::variable_rows::show_variable_rows;
use crate::corroborate::Summaries;
use crate::model::problem::clip_to;
use crate::model::time::{fmt_day, fmt_known_in, parse_instant};
use crate::model::{Article, Event, Loaded, Source};
use egui::text::LayoutJob;
use egui::{Color32, FontId, RichText, ScrollArea, TextFormat, Ui};
use std::cell::RefCell;

/// What the user asked for in the panel.
#[derive(Debug, Default)]
pub struct PanelOutput {
    /// Select this event and bring it into view.
    pub select: Option<u32>,
    pub source: Option<usize>,
    pub accept: bool,
    pub reject: bool,
    pub edit: bool,
    pub toggle_cite: bool,
    /// Create an event citing (article, paragraph, selected text).
    pub cite: Option<(u32, usize, String)>,
    /// Start merging this event into another one selected next.
    pub merge_with: bool,
    /// Put this event, with its citations, on the clipboard as Markdown.
    pub copy_markdown: bool,
    pub corroboration: CorroborationOutput,
}

pub struct PanelArgs<'a> {
    pub data: &'a Loaded,
    pub selected: u32,
    pub source: usize,
    /// Scroll the cited paragraph into view this frame.
    pub scroll_to_cited: bool,
    /// Paragraphs are selectable text, to cite a passage as a new event.
    pub cite_mode: bool,
    pub summaries: &'a RefCell<Summaries>,
    /// The event a merge by hand started from.
    pub merge_from: Option<u32>,
    /// The folded search query: its matches are marked in the paragraphs.
    pub search: Option<&'a str>,
    /// View → Time zone, for the times of minute- and hour-precise events.
    pub zone: &'a crate::model::zone::Zone,
}

pub fn source_panel(ui: &mut Ui, args: &PanelArgs) -> PanelOutput {
    let mut out = PanelOutput::default();
    let data = args.data;
    let ev = &data.dataset.events[args.selected as usize];

    ui.add_space(4.0);
    event_facts(ui, args, ev);
    event_actions(ui, args, ev, &mut out);
    out.corroboration = proposals(ui, data, args.selected, args.merge_from, args.summaries, args.zone);
    ui.separator();

    let source_ix = args.source.min(ev.sources.len().saturating_sub(1));
    sources(ui, data, args.selected, source_ix, args.summaries, args.zone, &mut out.corroboration);
    if let Some(k) = out.corroboration.source.take() {
        out.source = Some(k);
    }
    let Some(source) = ev.sources.get(source_ix) else { return out };
    let Some(&a) = data.index.article_ids.get(source.article.as_str()) else { return out };
    let article = &data.dataset.articles[a as usize];
    article_header(ui, article, source.paragraph, args.zone);

    paragraphs(ui, args, article, a, source, &mut out);

    ui.separator();
    events_citing_article(ui, args, a, &mut out);
    out
}

/// The event's title, date, lane, kind and the rest of what is known of it.
fn event_facts(ui: &mut Ui, args: &PanelArgs, ev: &Event) {
    let data = args.data;
    let e = args.selected as usize;
    let lane = &data.dataset.lanes[data.index.lane_of[e] as usize];
    ui.heading(&ev.title);
    ui.label(RichText::new(fmt_known_in(ev.precision, data.index.spans[e].get(), args.zone)).strong());
    let mut facts = vec![lane.label.clone()];
    if let Some(a) = &ev.actor {
        facts.push(a.to_string());
    }
    facts.push(ev.kind.name().to_owned());
    facts.push(ev.verification.name().to_owned());
    ui.label(facts.join(" · "));
    if let Some(cue) = &ev.time_cue {
        ui.weak(format!("Dated by: “{cue}”"));
    }
    if ev.is_draft() {
        ui.colored_label(ui.visuals().warn_fg_color, "Draft: extracted automatically, not yet reviewed");
    }
    if let Some(tags) = ev.rare.tags.as_ref().filter(|t| !t.is_empty()) {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Tags:");
            for t in tags {
                ui.label(RichText::new(t).background_color(ui.visuals().faint_bg_color).strong());
            }
        });
    }
    if let Some(notes) = &ev.rare.notes {
        ui.collapsing("Analyst notes", |ui| {
            ui.label(notes);
        });
    }
}

/// The row of buttons acting on the event.
fn event_actions(ui: &mut Ui, args: &PanelArgs, ev: &Event, out: &mut PanelOutput) {
    ui.horizontal_wrapped(|ui| {
        if ev.is_draft() {
            out.accept = ui.button("Accept draft").on_hover_text("Mark as reviewed").clicked();
            out.reject = ui.button("Reject draft").on_hover_text("Remove this extracted event").clicked();
        }
        out.edit = ui.button("Edit…").clicked();
        let cite = if args.cite_mode { "Done citing" } else { "Cite a passage…" };
        out.toggle_cite = ui.button(cite).on_hover_text("Select text in a paragraph to create an event from it").clicked();
        out.copy_markdown =
            ui.button("Copy as Markdown").on_hover_text("This event as a table row with its citations as footnotes").clicked();
        out.merge_with =
            ui.button("Merge with…").on_hover_text("Join this event with another report of the same event: select that one next").clicked();
    });
}

/// The article's paragraphs, the cited one framed with its quote highlighted.
fn paragraphs(ui: &mut Ui, args: &PanelArgs, article: &Article, a: u32, source: &Source, out: &mut PanelOutput) {
    let highlight = ui.visuals().selection.bg_fill;
    let quote_bg = if ui.visuals().dark_mode { Color32::from_rgb(120, 95, 20) } else { Color32::from_rgb(255, 226, 130) };
    let text_color = ui.visuals().text_color();
    let avail = ui.available_height();
    let others_h = (avail * 0.3).clamp(60.0, 220.0);
    // A fixed text width: inside a horizontal row, text would otherwise grow the panel.
    let text_w = (ui.available_width() - 48.0).max(120.0);
    let scroll = ScrollArea::vertical().id_salt("paragraphs").max_height((avail - others_h).max(120.0)).auto_shrink([false, true]);
    // Only the paragraphs in view are laid out: an article may be very long.
    let row_h = ui.text_style_height(&egui::TextStyle::Body);
    let char_w = row_h * 0.5;
    let per_line = (text_w / char_w).max(10.0);
    let estimate = |i: usize| {
        let chars = article.paragraphs[i].len() as f32;
        (chars / per_line).ceil().max(1.0) * row_h + 8.0
    };
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        (a, text_w.round() as u32, args.cite_mode, article.paragraphs.len()).hash(&mut h);
        h.finish()
    };
    let scroll_to = args.scroll_to_cited.then_some(source.paragraph);
    show_variable_rows(ui, scroll, key, article.paragraphs.len(), estimate, scroll_to, |ui, i| {
        let p = &article.paragraphs[i];
        let cited = i == source.paragraph;
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(format!("¶{i}")).weak().small().monospace());
            let frame = egui::Frame::new().inner_margin(4.0).corner_radius(3.0);
            let frame = if cited { frame.fill(highlight.gamma_multiply(0.35)).stroke(egui::Stroke::new(1.0, highlight)) } else { frame };
            frame.show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.set_width(text_w);
                    if args.cite_mode {
                        selectable_paragraph(ui, p, a, i, text_w, out);
                        return;
                    }
                    let search = args.search.filter(|q| crate::search::find_folded(p, q, 0).is_some());
                    let label = if cited || search.is_some() {
                        let quote = if cited { &*source.quote } else { "" };
                        egui::Label::new(quote_job(p, quote, search, text_color, quote_bg, i == 0))
                    } else if i == 0 {
                        egui::Label::new(RichText::new(p).strong())
                    } else {
                        egui::Label::new(p)
                    };
                    ui.add(label.wrap());
                })
            });
        });
    });
}

/// In cite mode: paragraph `i` as selectable text, and a button creating an event from the selection.
fn selectable_paragraph(ui: &mut Ui, p: &str, a: u32, i: usize, text_w: f32, out: &mut PanelOutput) {
    // Read-only but selectable: `&str` is an immutable text buffer.
    let mut text: &str = p;
    let te = egui::TextEdit::multiline(&mut text).desired_width(text_w).desired_rows(1).show(ui);
    // The selection is remembered: clicking the button below takes
    // the focus (and so the live selection) away from the text.
    let key = egui::Id::unique(("chronolens-cite", a, i));
    if let Some(range) = te.cursor_range {
        let picked = range.slice_str(p).trim();
        if !picked.is_empty() {
            ui.data_mut(|d| d.insert_temp(key, picked.to_owned()));
        }
    }
    if let Some(picked) = ui.data(|d| d.get_temp::<String>(key))
        && ui.button(format!("Create event from “{}”", clip_to(&picked, 40))).clicked()
    {
        ui.data_mut(|d| d.remove::<String>(key));
        out.cite = Some((a, i, picked));
    }
}

/// The other events cited from article `a`, a click selecting one.
fn events_citing_article(ui: &mut Ui, args: &PanelArgs, a: u32, out: &mut PanelOutput) {
    let data = args.data;
    let others = &data.index.by_article[a as usize];
    ui.label(RichText::new(format!("Events cited from this article ({})", others.len())).strong());
    // Only the visible rows are laid out: an article may be cited by thousands of events.
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 2.0;
    ScrollArea::vertical().id_salt("others").auto_shrink([false, true]).show_rows(ui, row_h, others.len(), |ui, rows| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        for &o in &others[rows] {
            let oe = &data.dataset.events[o as usize];
            let date = fmt_known_in(oe.precision, data.index.spans[o as usize].get(), args.zone);
            let text = format!("{}  —  {}", oe.title, date);
            if ui.selectable_label(o == args.selected, text).clicked() && o != args.selected {
                out.select = Some(o);
            }
        }
    });
}

fn article_header(ui: &mut Ui, article: &Article, paragraph: usize, zone: &crate::model::zone::Zone) {
    ui.label(RichText::new(&article.title).strong().size(15.0));
    ui.horizontal_wrapped(|ui| {
        if let Some(o) = &article.outlet {
            ui.label(o);
            ui.label("·");
        }
        match article.published.as_deref().map(parse_instant) {
            Some(Ok(t)) => {
                // A date is the date written; a time of publication is an instant, shown in the zone chosen.
                let when = if t.date_only {
                    fmt_day(t.secs)
                } else {
                    fmt_known_in(crate::model::Precision::Minute, Some(crate::model::Span { lo: t.secs, hi: t.secs + 60 }), zone)
                };
                let r = ui.label(format!("published {when}"));
                match &article.published_from {
                    // A guessed date moves every relative date of the article: say so where it is read.
                    Some(how) if how.starts_with("guessed") => {
                        ui.label(RichText::new("(guessed)").color(ui.visuals().warn_fg_color)).on_hover_text(how);
                        r
                    }
                    Some(how) => r.on_hover_text(how),
                    None => r,
                }
            }
            _ => ui.weak("publication date unknown"),
        };
        ui.label("·");
        ui.label(format!("paragraph {paragraph}"));
    });
    if let Some(url) = &article.url {
        ui.hyperlink(url);
    }
}

/// The paragraph with every occurrence of the quote on a highlighted
/// background, and the search matches (folded query) underlined.
fn quote_job(paragraph: &str, quote: &str, search: Option<&str>, color: Color32, quote_bg: Color32, title: bool) -> LayoutJob {
    let mut job = LayoutJob::default();
    let font = FontId::proportional(if title { 15.0 } else { 14.0 });
    // Byte ranges: quote occurrences, then search matches.
    let mut quoted = Vec::new();
    let mut at = 0;
    while let Some(i) = (!quote.is_empty()).then(|| paragraph[at..].find(quote)).flatten() {
        quoted.push((at + i, at + i + quote.len()));
        at += i + quote.len();
    }
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(q) = search
        && let Some((a, b)) = crate::search::find_folded(paragraph, q, at)
    {
        found.push((a, b));
        at = b;
    }
    // Cut the paragraph at every boundary; each piece is quoted, found, both or neither.
    let mut cuts: Vec<usize> = vec![0, paragraph.len()];
    cuts.extend(quoted.iter().chain(&found).flat_map(|&(a, b)| [a, b]));
    cuts.sort_unstable();
    cuts.dedup();
    let inside = |list: &[(usize, usize)], x: usize| list.iter().any(|&(a, b)| a <= x && x < b);
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let mut format = TextFormat { font_id: font.clone(), color, ..Default::default() };
        if inside(&quoted, a) {
            format.background = quote_bg;
        }
        if inside(&found, a) {
            format.underline = egui::Stroke::new(2.0, color);
        }
        job.append(&paragraph[a..b], 0.0, format);
    }
    job
}
